package dev.concertsaga.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.concertsaga.consistency.ClientAnswers;
import dev.concertsaga.consistency.Expectations;
import dev.concertsaga.consistency.Report;

/**
 * {@code --chaos --instances N}: the scale-out run. N instances of each service (separate JVMs from their exec jars) on
 * one broker and one PostgreSQL, a payment stream through the round-robin fronts, then one instance of every service
 * killed at once with SIGKILL while the others carry on, and a new one joining in its place. Passes when every payment
 * ends, none times out but those the outage explains, the consistency check is clean, every instance's relay
 * published, both payment-service instances took payments, {@code Prefer: wait} answered on one instance for a
 * payment that only another could decide, and every key's events are in order on the topics.
 */
final class ScaleOutRun {

    /** A payment begun this long before the kill may wait on an event claimed by a killed relay (its lease) and time out. */
    private static final Duration EXPLAINED_BEFORE = Duration.ofSeconds(35);
    private static final Duration CARRY_ON_BOUND = Duration.ofSeconds(20);
    /** Traffic goes on at least this long after the new instances joined, so that they take their share. */
    private static final Duration AFTER_JOIN = Duration.ofSeconds(20);

    private final Settings settings;
    private final LocalStack stack;
    private final ChaosRecord record;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Instant> ups = new ConcurrentHashMap<>();

    private ScaleOutRun(Settings settings, LocalStack stack, ChaosRecord record) {
        this.settings = settings;
        this.stack = stack;
        this.record = record;
        stack.onRestarted(ups::put);
    }

    static boolean run(Settings settings) {
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        Path home = temporaryHome();
        Settings stackSettings = settings.inHome(home);
        Log.info("Scale-out run: " + settings.instances() + " instances of each service, on a stack of its own in " + home);
        LocalStack[] stack = {null};
        // Ctrl-C stops the stack too; stop() is idempotent.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack[0]), "scale-out-stop"));
        boolean passed = false;
        try (ChaosRecord record = new ChaosRecord(home.resolve("client-answers.txt"))) {
            stack[0] = LocalStack.launch(stackSettings);
            passed = new ScaleOutRun(stackSettings, stack[0], record).drive(ChaosPlan.scaleOut());
            return passed;
        } catch (StartupFailure e) {
            System.err.println("Scale-out run: the stack did not start: " + e.getMessage());
            return false;
        } finally {
            stop(stack[0]);
            if (passed) {
                delete(home);
            }
            Log.info(passed ? "Scale-out run passed." : "Scale-out run failed; logs and client answers are kept in " + home);
        }
    }

    private static void stop(LocalStack stack) {
        if (stack != null) {
            stack.stop();
        }
    }

    private boolean drive(ChaosPlan plan) {
        try (ConsumerProgress progress = new ConsumerProgress(settings.kafkaAddress())) {
            ChaosHttp http = new ChaosHttp(record);
            ChaosApi api = new ChaosApi(http);
            ChaosSeats seats = ChaosSeats.add(settings, plan.seats());
            InstanceShares shares = new InstanceShares(http);
            ChaosCustomers customers = new ChaosCustomers(api, seats, record);
            customers.start(plan);
            ChaosApi.until(Duration.ofSeconds(60), () -> record.paymentsStarted() >= plan.sagas() / 4);
            List<ServiceProcess> victims = stack.services().stream().filter(s -> s.name().endsWith("-1")).toList();
            Map<String, InstanceShares.Share> beforeKill = shares.read(victims);
            Instant killedAt = kill(victims);
            Optional<Instant> carriedOn = awaitCompletionAfter(killedAt);
            Instant lastUp = awaitBack(victims);
            http.reconnect();
            Optional<Instant> afterJoin = awaitCompletionAfter(lastUp);
            Instant joinedTrafficUntil = Instant.now().plus(AFTER_JOIN);
            ChaosApi.until(plan.trafficCap(), () -> record.paymentsStarted() >= plan.sagas() && Instant.now().isAfter(joinedTrafficUntil));
            customers.stop();
            probe(api, seats);
            boolean quiet = new ChaosQuiet(settings, progress).await(plan.quietCap());
            Report report = Check.run(settings, new Expectations(ClientAnswers.read(record.answersFile()), Set.of()));
            Map<String, InstanceShares.Share> sinceStart = shares.read(stack.services());
            long[] keys = {0};
            List<String> disorder = KeyOrder.violations(new ChaosTopics(settings.kafkaAddress()), keys);
            return verdict(new ChaosQuiet(settings, progress).outcomes(), quiet, report, beforeKill, sinceStart, disorder, keys[0],
                    killedAt, carriedOn, lastUp, afterJoin);
        }
    }

    private Instant kill(List<ServiceProcess> victims) {
        victims.forEach(victim -> ups.remove(victim.name()));
        Log.info("scale-out: kill -9 " + victims.stream().map(ServiceProcess::name).toList() + " at once; the other instances carry on");
        Instant killedAt = Instant.now();
        victims.forEach(victim -> victim.process().destroyForcibly());
        return killedAt;
    }

    private Optional<Instant> awaitCompletionAfter(Instant at) {
        Instant[] completed = {null};
        ChaosApi.until(Duration.ofSeconds(60), () -> (completed[0] = record.firstCompletionAfter(at).orElse(null)) != null);
        return Optional.ofNullable(completed[0]);
    }

    /** When the last of the killed instances' successors was healthy and had joined. */
    private Instant awaitBack(List<ServiceProcess> victims) {
        ChaosApi.until(Duration.ofMinutes(4), () -> victims.stream().allMatch(victim -> ups.containsKey(victim.name())));
        victims.stream().filter(victim -> !ups.containsKey(victim.name())).forEach(victim -> failures.add(victim.name() + " did not come back within 4 min"));
        Instant last = victims.stream().map(victim -> ups.getOrDefault(victim.name(), Instant.now())).max(Instant::compareTo).orElseThrow();
        Log.info("scale-out: the new instances are UP and joined");
        return last;
    }

    /** Prefer: wait on each payment-service instance, for a payment only the other one can decide. */
    private void probe(ChaosApi api, ChaosSeats seats) {
        List<ServiceProcess> payments = stack.services().stream().filter(s -> s.spec().name().equals("payment-service")).toList();
        try (ScaleOutProbe probe = new ScaleOutProbe(settings.kafkaAddress(), api, seats)) {
            if (!probe.awaitSettled(payments.stream().map(ServiceProcess::name).toList(), Duration.ofSeconds(60))) {
                failures.add("payment-service's partitions were not shared by all its instances within 60 s");
                return;
            }
            for (int i = 0; i < payments.size(); i++) {
                ServiceProcess asked = payments.get(i);
                ServiceProcess deciding = payments.get((i + 1) % payments.size());
                Optional<ChaosHttp.Answer> answer = probe.payThrough(asked, deciding);
                String outcome = answer.map(a -> a.status() + " " + a.text("status")).orElse("no payment could be arranged");
                System.out.printf("Prefer: wait on %s, decided by %s: %s%n", asked.name(), deciding.name(), outcome);
                if (!outcome.equals("200 COMPLETED")) {
                    failures.add("Prefer: wait on " + asked.name() + " for a payment " + deciding.name() + " decided answered " + outcome);
                }
            }
        }
    }

    private boolean verdict(Map<String, Long> outcomes, boolean quiet, Report report, Map<String, InstanceShares.Share> beforeKill,
                            Map<String, InstanceShares.Share> sinceStart, List<String> disorder, long keys, Instant killedAt, Optional<Instant> carriedOn, Instant lastUp, Optional<Instant> afterJoin) {
        System.out.println("-".repeat(100));
        System.out.printf("payments started: %,d; outcomes: %s%n", record.paymentsStarted(), outcomes);
        long unexplained = timeoutsOutside(killedAt.minus(EXPLAINED_BEFORE), lastUp.plusSeconds(10));
        System.out.printf("TIMEOUT: %d, of which begun outside the outage: %d%n", outcomes.getOrDefault("CANCELLED TIMEOUT", 0L), unexplained);
        System.out.printf("kill -9 → next completed payment (the other instances carry on): %s%n", carriedOn.map(at -> ChaosSummary.seconds(Duration.between(killedAt, at))).orElse("—"));
        System.out.printf("kill -9 → every new instance UP: %s; UP → next completed: %s%n", ChaosSummary.seconds(Duration.between(killedAt, lastUp)),
                afterJoin.map(at -> ChaosSummary.seconds(Duration.between(lastUp, at))).orElse("—"));
        // A killed instance's counts began again at its successor's start: before the kill, and since the new one joined.
        Map<String, InstanceShares.Share> shares = InstanceShares.sum(beforeKill, sinceStart);
        System.out.printf("%-20s %16s %22s %26s%n", "instance", "rows published", "POST /api/v1/payments", "of which since it joined");
        shares.forEach((name, share) -> System.out.printf("%-20s %,16d %,22d %26s%n", name, share.published(), share.paymentRequests(),
                beforeKill.containsKey(name) ? sinceStart.get(name).published() + " rows, " + sinceStart.get(name).paymentRequests() + " POSTs" : ""));
        System.out.printf("keys whose order was checked: %,d; out of order: %d%n", keys, disorder.size());
        System.out.println(report);
        shares.forEach((name, share) -> {
            if (share.published() == 0) {
                failures.add(name + "'s relay published nothing");
            }
            if (name.startsWith("payment-service") && share.paymentRequests() == 0) {
                failures.add(name + " took no payment");
            }
        });
        beforeKill.keySet().stream().filter(name -> sinceStart.get(name).published() == 0)
                .forEach(name -> failures.add("the new " + name + " published nothing after it joined"));
        if (!quiet) {
            failures.add("the system was not quiet in time");
        }
        if (!report.consistent()) {
            failures.add("the consistency check found violations");
        }
        if (unexplained > 0) {
            failures.add(unexplained + " payment(s) timed out that the outage does not explain");
        }
        if (carriedOn.isEmpty() || Duration.between(killedAt, carriedOn.get()).compareTo(CARRY_ON_BOUND) > 0) {
            failures.add("no payment completed within " + CARRY_ON_BOUND.toSeconds() + " s of the kill");
        }
        disorder.stream().limit(10).forEach(failures::add);
        failures.addAll(record.findings());
        System.out.println("-".repeat(100));
        failures.forEach(failure -> System.out.println("FAILED: " + failure));
        return failures.isEmpty();
    }

    private long timeoutsOutside(Instant from, Instant to) {
        Databases.Database database = Databases.configured(ServiceSpec.ALL.get(0), settings);
        String sql = "SELECT count(*) FROM payment WHERE failure_reason = 'TIMEOUT' AND (created_at < ? OR created_at > ?)";
        try (Connection db = DriverManager.getConnection(database.url(), database.username(), database.password());
             PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    private static void delete(Path home) {
        try (java.util.stream.Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + home + ": " + e.getMessage());
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("concert-saga-scale-out-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
