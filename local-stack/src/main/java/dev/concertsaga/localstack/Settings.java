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
 * @param instances    {@code --instances N} or {@code LOCAL_STACK_INSTANCES}: instances of each service, 1 to 6 (default 1)
 */
record Settings(Path home, Path repository, boolean reset, boolean check, Path answers, boolean chaos, boolean longChaos,
                boolean help, int kafkaPort, int postgresPort, Map<String, String> environment, int instances) {

    /** The most instances of a service that share its topics' six partitions; a seventh would sit idle. */
    static final int MAX_INSTANCES = 6;

    static final String USAGE = """
            Usage: java -jar local-stack/target/local-stack.jar [--reset] [--instances N] | --check [--answers FILE] | --chaos [--long] | --help
                   (run from the repository root)

              --reset           delete the data of earlier runs (databases, topics, logs) and start empty
              --instances N     run N instances of each service (1–6): each on a port printed at start, from 18080,
                                behind a round-robin front on the service's usual port (8080–8083)
              --check           check a running stack against every guarantee of the saga (once it is quiet), and exit
              --answers FILE    with --check: also check that what clients were answered stays true; FILE has lines
                                "<paymentId> PENDING|COMPLETED|CANCELLED"
              --chaos           the chaos run: a stack of its own in a fresh temporary directory, a mixed payment stream
                                while every process is killed once, replays, poison records and hostile requests, then
                                the consistency check; exits non-zero on any violation (about 5 minutes)
              --long            with --chaos: the long form, at least 3,000 payments
              --chaos --instances N  the scale-out run: N instances of each service (2 to 6), a payment stream while one
                                instance of every service is killed at once (kill -9) and a new one joins; then the
                                consistency check, every relay's share, Prefer: wait across instances, per-key order
                                (about 4 minutes)

            Environment:
              LOCAL_STACK_HOME   where data and logs are kept            (default .local-stack)
              LOCAL_STACK_INSTANCES instances of each service, as --instances (default 1)
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
        String answersOption = valueOf(options, "--answers");
        Path answers = answersOption == null ? null : Path.of(answersOption);
        String instancesOption = valueOf(options, "--instances");
        boolean startsAStack = !options.contains("--check") && !options.contains("--chaos");
        if (instancesOption != null && (options.contains("--check") || options.contains("--long"))) {
            throw new IllegalArgumentException("--instances goes with neither --check nor --long\n" + USAGE);
        }
        int instances = instances(instancesOption != null ? instancesOption : startsAStack ? environment.getOrDefault("LOCAL_STACK_INSTANCES", "1") : "1");
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
                environment,
                instances);
    }

    private static int instances(String value) {
        try {
            int instances = Integer.parseInt(value.strip());
            if (instances >= 1 && instances <= MAX_INSTANCES) {
                return instances;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException("--instances (or LOCAL_STACK_INSTANCES) must be a whole number from 1 to " + MAX_INSTANCES
                + ", not '" + value + "'\n" + USAGE);
    }

    /** Takes {@code name VALUE} out of {@code options}; null when absent. */
    private static String valueOf(List<String> options, String name) {
        int at = options.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= options.size()) {
            throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
        }
        String value = options.get(at + 1);
        options.subList(at, at + 2).clear();
        return value;
    }

    /** The same stack in {@code otherHome} (the chaos run's fresh directory), on the embedded PostgreSQL, never your databases. */
    Settings inHome(Path otherHome) {
        Map<String, String> withoutYourDatabases = environment.entrySet().stream().filter(e -> !e.getKey().matches(".*_DB_(URL|USERNAME|PASSWORD)"))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Settings(otherHome, repository, false, false, null, false, false, false, kafkaPort, postgresPort, withoutYourDatabases, instances);
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
