package dev.concertsaga.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The four services, the broker and PostgreSQL, as the local stack runs them. */
final class SagaSystem implements SystemUnderTest {

    static final List<String> SERVICES = List.of("payment-service", "queue-service", "concert-service", "user-service");
    static final String KAFKA = "127.0.0.1:9092";

    private final LocalStackProcess stack;
    private final Path home;
    private final Buyers buyers = new Buyers();
    private final ConsumerLag consumerLag;
    private final OutboxLag outboxLag;
    private final List<Measured> processes;

    private SagaSystem(LocalStackProcess stack, Path home) {
        this.stack = stack;
        this.home = home;
        this.consumerLag = new ConsumerLag(KAFKA, SERVICES);
        this.outboxLag = new OutboxLag(SERVICES.stream().map(SagaSystem::baseUrl).toList());
        this.processes = findProcesses();
    }

    static SagaSystem start(Path repository, Path home, boolean asServer) {
        Path log = home.resolveSibling("local-stack.out");
        long started = System.nanoTime();
        LocalStackProcess stack = LocalStackProcess.start(repository, home, log, asServer);
        try {
            stack.awaitHealthy(Duration.ofMinutes(4), log);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        Bench.log("local stack healthy in %.1f s (output in %s)", (System.nanoTime() - started) / 1e9, log);
        return new SagaSystem(stack, home);
    }

    static String baseUrl(String service) {
        return "http://localhost:" + (8080 + SERVICES.indexOf(service));
    }

    static String database(String service) {
        return service.replace('-', '_');
    }

    @Override
    public String name() {
        return "saga";
    }

    @Override
    public String paymentsUrl() {
        return baseUrl("payment-service");
    }

    @Override
    public List<Measured> processes() {
        return processes;
    }

    /** The JVM options the local stack gave payment-service: the monolith runs with the same. */
    List<String> serviceJvmOptions() {
        long pid = ProcStats.find(cmd -> cmd.stream().anyMatch(a -> a.matches(".*/payment-service-[^/]*-exec\\.jar"))).get(0);
        List<String> cmd = ProcStats.commandLine(pid);
        return new ArrayList<>(cmd.subList(1, cmd.indexOf("-jar")));
    }

    Map<String, String> postgresSettings() throws SQLException {
        try (Connection c = Db.connect("postgres")) {
            return Db.serverSettings(c);
        }
    }

    @Override
    public Buyers buyers(int count) {
        int missing = count - buyers.remaining();
        if (missing > 0) {
            try (Connection users = Db.connect(database("user-service")); Connection queue = Db.connect(database("queue-service"));
                 Connection concert = Db.connect(database("concert-service"))) {
                long[] userIds = BuyerSql.insertUsers(users, missing, 10_000_000L);
                UUID[] tokens = BuyerSql.insertActiveTokens(queue, userIds);
                BuyerSql.insertTokenProjection(concert, tokens, userIds);
                buyers.addAll(BuyerSql.zip(userIds, tokens, BuyerSql.insertHeldReservations(concert, userIds, FillerSql.PRICE)));
            } catch (SQLException e) {
                throw new BenchFailure("cannot load buyers into the services' databases", e);
            }
        }
        return buyers;
    }

    /** Completed sagas' rows in every service's tables, sagas {@code from} to {@code to - 1}. */
    void storeHistory(long from, long to) {
        try (Connection payment = Db.connect(database("payment-service")); Connection queue = Db.connect(database("queue-service"));
             Connection concert = Db.connect(database("concert-service")); Connection users = Db.connect(database("user-service"))) {
            FillerSql.payment(payment, from, to);
            FillerSql.concert(concert, from, to);
            FillerSql.queue(queue, from, to);
            FillerSql.user(users, from, to);
        } catch (SQLException e) {
            throw new BenchFailure("cannot store the completed sagas' rows", e);
        }
    }

    /** Rows in the tables the history fills, to report what the run had. */
    long payments() {
        try (Connection payment = Db.connect(database("payment-service"));
             var s = payment.createStatement(); var row = s.executeQuery("SELECT count(*) FROM payment")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new BenchFailure("cannot count payments", e);
        }
    }

    @Override
    public Map<String, Long> consumerLag() {
        return consumerLag.lag();
    }

    ConsumerLag lagReader() {
        return consumerLag;
    }

    @Override
    public OutboxLag outboxLag() {
        return outboxLag;
    }

    @Override
    public void close() {
        consumerLag.close();
        Bench.log("stopping the local stack (SIGTERM)");
        stack.close();
    }

    private List<Measured> findProcesses() {
        List<Measured> found = new ArrayList<>();
        for (String service : SERVICES) {
            List<Long> pids = ProcStats.find(cmd -> cmd.stream().anyMatch(a -> a.matches(".*/" + service + "-[^/]*-exec\\.jar")));
            if (pids.size() != 1) {
                throw new BenchFailure("expected one " + service + " process, found " + pids.size());
            }
            found.add(Measured.process(service, pids.get(0)));
        }
        List<Long> kafka = ProcStats.find(cmd -> cmd.contains("kafka.Kafka"));
        if (kafka.size() != 1) {
            throw new BenchFailure("expected one Kafka broker process, found " + kafka.size());
        }
        found.add(Measured.process("kafka", kafka.get(0)));
        found.add(Measured.postgres(postmaster(home.resolve("postgres"))));
        return found;
    }

    static long postmaster(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (Exception e) {
            throw new BenchFailure("cannot read PostgreSQL's pid from " + dataDirectory, e);
        }
    }
}
