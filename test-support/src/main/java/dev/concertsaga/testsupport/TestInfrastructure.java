package dev.concertsaga.testsupport;

import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * A real Kafka broker and a real PostgreSQL server, started once per JVM and shared by every test in it.
 * <p>
 * Which kind is chosen by {@code -Dtest.infrastructure} or {@code TEST_INFRASTRUCTURE}: {@code containers}
 * (Testcontainers), {@code embedded} (in-JVM KRaft broker and embedded PostgreSQL binaries), or {@code auto}, the
 * default: containers when a Docker engine answers, embedded otherwise. The same tests run on either.
 */
public interface TestInfrastructure {

    Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);

    /** The shared infrastructure, started on first use and stopped when the JVM exits. */
    static TestInfrastructure shared() {
        return Holder.INSTANCE;
    }

    String kafkaBootstrapServers();

    /** A JDBC URL for the named database, created empty on first use. */
    String jdbcUrl(String database);

    String username();

    String password();

    /**
     * Runs {@code task} when the JVM exits, before the broker and the database stop: the place to stop applications
     * that use them, which would otherwise hang on a broker that is already gone.
     */
    static void beforeShutdown(Runnable task) {
        Holder.BEFORE_SHUTDOWN.add(task);
    }

    /** One line for the log: which kind runs, and where. */
    default String describe() {
        return getClass().getSimpleName() + " kafka=" + kafkaBootstrapServers();
    }

    /**
     * The Spring properties that point an application at this infrastructure and the named database. The consumer
     * group is named after the database too, so two contexts on two databases each see every event.
     */
    default Map<String, Object> springProperties(String database) {
        return Map.of(
                "spring.datasource.url", jdbcUrl(database),
                "spring.datasource.username", username(),
                "spring.datasource.password", password(),
                "spring.kafka.bootstrap-servers", kafkaBootstrapServers(),
                "spring.kafka.consumer.group-id", database,
                // Spans stay in the process: no Zipkin runs for tests.
                "management.tracing.export.zipkin.enabled", false);
    }

    final class Holder {

        static final java.util.List<Runnable> BEFORE_SHUTDOWN = new java.util.concurrent.CopyOnWriteArrayList<>();
        static final TestInfrastructure INSTANCE = start();

        private Holder() {
        }

        private static TestInfrastructure start() {
            String choice = System.getProperty("test.infrastructure", System.getenv().getOrDefault("TEST_INFRASTRUCTURE", "auto"))
                    .toLowerCase(Locale.ROOT);
            boolean containers = switch (choice) {
                case "containers" -> true;
                case "embedded" -> false;
                case "auto" -> dockerAvailable();
                default -> throw new IllegalArgumentException("test.infrastructure must be auto, containers or embedded, was " + choice);
            };
            if (!containers) {
                LOG.info("Using an in-JVM Kafka broker and embedded PostgreSQL ({})", "auto".equals(choice) ? "no Docker engine answered" : "asked for");
            }
            long started = System.nanoTime();
            TestInfrastructure infrastructure = containers ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
            LOG.info("Test infrastructure up in {} ms: {}", (System.nanoTime() - started) / 1_000_000, infrastructure.describe());
            return infrastructure;
        }

        private static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
