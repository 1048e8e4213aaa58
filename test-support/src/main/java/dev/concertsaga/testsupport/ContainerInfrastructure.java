package dev.concertsaga.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka (the apache/kafka image, KRaft) and PostgreSQL in containers; Testcontainers removes them when the JVM exits. */
final class ContainerInfrastructure implements TestInfrastructure {

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.0");
    static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:17-alpine");

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
            .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
            .withEnv("KAFKA_NUM_PARTITIONS", "6")
            .withEnv(ConsumerGroupSettings.brokerEnvironment());
    private final PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
            .withCommand("postgres", "-c", "max_connections=500", "-c", "fsync=off");

    ContainerInfrastructure() {
        kafka.start();
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Holder.BEFORE_SHUTDOWN.forEach(Runnable::run), "test-infrastructure-stop"));
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String jdbcUrl(String database) {
        Databases.createIfMissing(postgres.getJdbcUrl(), username(), password(), database);
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }
}
