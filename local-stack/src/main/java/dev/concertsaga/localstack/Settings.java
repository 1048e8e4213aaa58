package dev.concertsaga.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the local stack runs, read from its arguments and the environment, with defaults for a first run.
 *
 * @param home         where data and logs live between runs ({@code LOCAL_STACK_HOME}, default {@code .local-stack})
 * @param repository   the checkout whose services are run (the working directory)
 * @param reset        {@code --reset}: start from empty databases and topics
 * @param check        {@code --check}: run the consistency check against a running stack, instead of starting one
 * @param answers      {@code --answers FILE} with {@code --check}: what clients were answered, lines {@code <paymentId> <STATUS>}; or null
 * @param chaos        {@code --chaos}: the chaos run, on a stack of its own in a fresh temporary home
 * @param longChaos    {@code --long} with {@code --chaos}: the long form
 * @param help         {@code --help}
 * @param kafkaPort    {@code KAFKA_PORT}, default 9092
 * @param postgresPort {@code POSTGRES_PORT}, default 5433 (clear of a PostgreSQL you may run on 5432)
 * @param environment  the environment, for databases of your own ({@code <SERVICE>_DB_URL}, …)
 */
record Settings(Path home, Path repository, boolean reset, boolean check, Path answers, boolean chaos, boolean longChaos,
                boolean help, int kafkaPort, int postgresPort, Map<String, String> environment) {

    static final String USAGE = """
            Usage: java -jar local-stack/target/local-stack.jar [--reset | --check [--answers FILE] | --chaos [--long]] [--help]
                   (run from the repository root)

              --reset           delete the data of earlier runs (databases, topics, logs) and start empty
              --check           check a running stack against every guarantee of the saga (once it is quiet), and exit
              --answers FILE    with --check: also check that what clients were answered stays true; FILE has lines
                                "<paymentId> PENDING|COMPLETED|CANCELLED"
              --chaos           the chaos run: a stack of its own in a fresh temporary directory, a mixed payment stream
                                while every process is killed once, replays, poison records and hostile requests, then
                                the consistency check; exits non-zero on any violation (about 5 minutes)
              --long            with --chaos: the long form, at least 3,000 payments

            Environment:
              LOCAL_STACK_HOME   where data and logs are kept            (default .local-stack)
              KAFKA_PORT         the broker's port on 127.0.0.1           (default 9092)
              POSTGRES_PORT      the embedded PostgreSQL's port           (default 5433)
              SERVICE_JVM_OPTIONS the services' JVM options, replacing the defaults
                                 (-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k)
              PAYMENT_SERVICE_DB_URL, QUEUE_SERVICE_DB_URL, CONCERT_SERVICE_DB_URL, USER_SERVICE_DB_URL
                                 a JDBC URL of your own database for that service (with <SERVICE>_DB_USERNAME and
                                 <SERVICE>_DB_PASSWORD); services without one use the embedded PostgreSQL
            """;

    static Settings from(String[] args, Map<String, String> environment) {
        List<String> options = new ArrayList<>(Arrays.asList(args));
        Path answers = valueOf(options, "--answers");
        options.stream().filter(o -> !List.of("--reset", "--check", "--chaos", "--long", "--help").contains(o)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("Unknown option " + unknown + "\n" + USAGE);
        });
        if (answers != null && !options.contains("--check") || options.contains("--long") && !options.contains("--chaos")) {
            throw new IllegalArgumentException("--answers goes with --check, --long with --chaos\n" + USAGE);
        }
        return new Settings(
                Path.of(environment.getOrDefault("LOCAL_STACK_HOME", ".local-stack")).toAbsolutePath(),
                Path.of("").toAbsolutePath(),
                options.contains("--reset"),
                options.contains("--check"),
                answers,
                options.contains("--chaos"),
                options.contains("--long"),
                options.contains("--help"),
                Integer.parseInt(environment.getOrDefault("KAFKA_PORT", "9092")),
                Integer.parseInt(environment.getOrDefault("POSTGRES_PORT", "5433")),
                environment);
    }

    /** Takes {@code name VALUE} out of {@code options}; null when absent. */
    private static Path valueOf(List<String> options, String name) {
        int at = options.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= options.size()) {
            throw new IllegalArgumentException(name + " needs a file\n" + USAGE);
        }
        Path value = Path.of(options.get(at + 1));
        options.subList(at, at + 2).clear();
        return value;
    }

    /** The same stack in {@code otherHome} (the chaos run's fresh directory), on the embedded PostgreSQL, never your databases. */
    Settings inHome(Path otherHome) {
        Map<String, String> withoutYourDatabases = environment.entrySet().stream().filter(e -> !e.getKey().matches(".*_DB_(URL|USERNAME|PASSWORD)"))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Settings(otherHome, repository, false, false, null, false, false, false, kafkaPort, postgresPort, withoutYourDatabases);
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
