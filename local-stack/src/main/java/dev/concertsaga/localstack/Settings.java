package dev.concertsaga.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the local stack runs, read from its arguments and the environment, with defaults for a first run.
 *
 * @param home         where data and logs live between runs ({@code LOCAL_STACK_HOME}, default {@code .local-stack})
 * @param repository   the checkout whose services are run (the working directory)
 * @param reset        {@code --reset}: start from empty databases and topics
 * @param check        {@code --check}: run the consistency check against a running stack, instead of starting one
 * @param help         {@code --help}
 * @param kafkaPort    {@code KAFKA_PORT}, default 9092
 * @param postgresPort {@code POSTGRES_PORT}, default 5433 (clear of a PostgreSQL you may run on 5432)
 * @param environment  the environment, for databases of your own ({@code <SERVICE>_DB_URL}, …)
 */
record Settings(Path home, Path repository, boolean reset, boolean check, boolean help, int kafkaPort, int postgresPort,
                Map<String, String> environment) {

    static final String USAGE = """
            Usage: java -jar local-stack/target/local-stack.jar [--reset | --check] [--help]   (run from the repository root)

              --reset   delete the data of earlier runs (databases, topics, logs) and start empty
              --check   check a running stack against every guarantee of the saga (once it is quiet), and exit

            Environment:
              LOCAL_STACK_HOME   where data and logs are kept            (default .local-stack)
              KAFKA_PORT         the broker's port on 127.0.0.1           (default 9092)
              POSTGRES_PORT      the embedded PostgreSQL's port           (default 5433)
              PAYMENT_SERVICE_DB_URL, QUEUE_SERVICE_DB_URL, CONCERT_SERVICE_DB_URL, USER_SERVICE_DB_URL
                                 a JDBC URL of your own database for that service (with <SERVICE>_DB_USERNAME and
                                 <SERVICE>_DB_PASSWORD); services without one use the embedded PostgreSQL
            """;

    static Settings from(String[] args, Map<String, String> environment) {
        List<String> options = Arrays.asList(args);
        options.stream().filter(o -> !List.of("--reset", "--check", "--help").contains(o)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("Unknown option " + unknown + "\n" + USAGE);
        });
        return new Settings(
                Path.of(environment.getOrDefault("LOCAL_STACK_HOME", ".local-stack")).toAbsolutePath(),
                Path.of("").toAbsolutePath(),
                options.contains("--reset"),
                options.contains("--check"),
                options.contains("--help"),
                Integer.parseInt(environment.getOrDefault("KAFKA_PORT", "9092")),
                Integer.parseInt(environment.getOrDefault("POSTGRES_PORT", "5433")),
                environment);
    }

    String kafkaAddress() {
        return "127.0.0.1:" + kafkaPort;
    }

    int kafkaControllerPort() {
        return kafkaPort + 1;
    }

    Duration startTimeout() {
        return Duration.ofMinutes(3);
    }

    Path logs() {
        return home.resolve("logs");
    }

    /** The java that runs this launcher runs the broker and the services too. */
    Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The launcher's own jar and its lib/ folder: the broker starts from the Kafka jars in it. */
    String classpath() {
        try {
            Path jar = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar + File.pathSeparator + jar.resolveSibling("lib").resolve("*");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void prepareHome() {
        try {
            if (reset && Files.exists(home)) {
                Log.info("--reset: deleting " + home);
                try (Stream<Path> files = Files.walk(home)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
