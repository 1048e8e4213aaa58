package dev.concertsaga.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of DESIGN section 8, one command: {@code java -jar bench/target/bench.jar [--quick | --full]} from the
 * repository root, after {@code ./mvnw -B -q -DskipTests package}. Runs the saga (the local stack), then the monolith
 * on the same PostgreSQL, never both at once; prints one table of the figures against their targets and writes
 * {@code bench/target/bench-result.json} and {@code bench/target/bench-chart.svg}. Exits 0 when the run worked,
 * whether or not the targets were met, and 1 when the benchmark itself broke (a system did not start, a phase
 * completed nothing or had failures).
 */
public final class Bench {

    /** Guesses for the first window's buyers; later windows size themselves on what was measured. */
    private static final double SAGA_FIRST_GUESS = 400;
    private static final double MONOLITH_FIRST_GUESS = 4000;

    private static final long STARTED = System.nanoTime();

    /** The system running now, stopped by the shutdown hook if the driver is stopped (Ctrl-C) before it is done. */
    private static volatile SystemUnderTest running;

    private final Plan plan;
    private final Path repository;
    private final Path target;
    private final Results results;

    private Bench(Plan plan, Path repository) {
        this.plan = plan;
        this.repository = repository;
        this.target = repository.resolve("bench/target");
        this.results = new Results(plan);
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.stream().anyMatch(o -> !List.of("--quick", "--full").contains(o))) {
            System.out.println("Usage: java -jar bench/target/bench.jar [--quick | --full]   (from the repository root, after building)");
            System.exit(options.contains("--help") ? 0 : 2);
        }
        Plan plan = options.contains("--full") ? Plan.full() : Plan.quick();
        quietLibraries();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SystemUnderTest system = running;
            if (system != null) {
                system.close();
            }
        }, "bench-stop"));
        try {
            int exit = new Bench(plan, Path.of("").toAbsolutePath()).run();
            System.exit(exit);
        } catch (BenchFailure e) {
            System.err.println("Benchmark failed: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            System.exit(1);
        }
    }

    private int run() {
        log("benchmark, %s form; machine: %d cores, Java %s", plan.name(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        results.setting.put("started", Instant.now().toString());
        results.setting.put("cores", Runtime.getRuntime().availableProcessors());
        results.setting.put("java", System.getProperty("java.version"));
        Path home = target.resolve("bench-stack");
        List<String> jvmOptions;
        Map<String, String> postgres;
        try (SagaSystem saga = SagaSystem.start(repository, home, plan.asServer())) {
            running = saga;
            jvmOptions = saga.serviceJvmOptions();
            postgres = saga.postgresSettings();
            log("services run with %s; PostgreSQL with %s", jvmOptions, postgres);
            results.setting.put("jvmOptions", jvmOptions);
            results.setting.put("postgresSettings", postgres);
            results.setting.put("sagaTraceSampling", System.getenv().getOrDefault("MANAGEMENT_TRACING_SAMPLING_PROBABILITY",
                    plan.asServer() ? LocalStackProcess.TRACE_SAMPLING : "1.0 (the local stack's)"));
            measureSaga(saga);
        } catch (java.sql.SQLException e) {
            throw new BenchFailure("cannot read the local stack's PostgreSQL settings", e);
        } finally {
            running = null;
        }
        try (MonolithSystem monolith = MonolithSystem.start(repository, home.resolve("postgres"), postgres, jvmOptions, target.resolve("monolith.log"))) {
            running = monolith;
            log("monolith healthy on port %d, database monolith on the same PostgreSQL", MonolithSystem.PORT);
            measureClosed(monolith, MONOLITH_FIRST_GUESS);
            PhaseResult sagaOpen = results.open("saga");
            if (sagaOpen != null) {
                openLoop(monolith, sagaOpen.offeredRate());
            }
        } finally {
            running = null;
        }
        return report();
    }

    private void measureSaga(SagaSystem saga) {
        measureClosed(saga, SAGA_FIRST_GUESS);
        PhaseResult best = results.best("saga");
        Buyers buyers = saga.buyers(plan.buyersFor(best.throughput() / 2, plan.openLoop(), 0));
        if (!plan.quietBefore().isZero()) {
            log("quiet for %d s, so that the outbox-lag percentile covers the open loop alone", plan.quietBefore().toSeconds());
            LoadRun.sleep(plan.quietBefore());
        }
        double rate = Math.max(1, best.throughput() / 2);
        results.add(LoadRun.open(saga, Report.f("open %.1f/s", rate), rate, plan.openLoop(), buyers));
        history(saga, best.inFlight());
        backlog(saga);
    }

    private void measureClosed(SystemUnderTest system, double firstGuess) {
        system.buyers(plan.buyersFor(firstGuess, plan.warmUp().plus(plan.window()), plan.inFlight().get(0)));
        Map<String, Double> idle = idleCores(system, Duration.ofSeconds(2));
        results.setting.put("idleCpuCores." + system.name(), idle);
        log("%s at rest uses %s cores", system.name(), idle);
        int most = plan.inFlight().get(plan.inFlight().size() - 1);
        if (!plan.jitWarmUp().none()) {
            timed(Report.f("warming %s's JIT up: %d in flight until its throughput stops rising, not counted", system.name(), most),
                    () -> warmUp(system, most, firstGuess / 3));
        }
        double rate = firstGuess;
        for (int clients : plan.inFlight()) {
            PhaseResult result = closed(system, "closed " + clients, clients, rate);
            results.add(result);
            rate = Math.max(rate / 2, result.throughput());
        }
    }

    /** Closed-loop steps until {@link Plan.WarmUp} says the throughput has stopped rising; each step's figure is logged. */
    private void warmUp(SystemUnderTest system, int clients, double firstGuess) {
        Plan.WarmUp warmUp = plan.jitWarmUp();
        List<Double> steps = new ArrayList<>();
        double best = 0;
        int flat = 0;
        long started = System.nanoTime();
        Duration elapsed = Duration.ZERO;
        while (elapsed.compareTo(warmUp.most()) < 0) {
            Buyers buyers = system.buyers(plan.buyersFor(Math.max(firstGuess, best * 1.5), warmUp.step(), clients));
            double rate = LoadRun.closed(system, "JIT warm-up", clients, Duration.ZERO, warmUp.step(), buyers).throughput();
            steps.add(Math.round(rate * 10) / 10.0);
            flat = rate > best * (1 + warmUp.margin()) ? 0 : flat + 1;
            best = Math.max(best, rate);
            elapsed = Duration.ofNanos(System.nanoTime() - started);
            log("%s warming up: %.1f payments/s in the step ending at %d s", system.name(), rate, elapsed.toSeconds());
            if (elapsed.compareTo(warmUp.least()) >= 0 && flat >= warmUp.flatSteps()) {
                break;
            }
        }
        results.setting.put("warmUpSteps." + system.name(), steps);
    }

    /** A closed-loop window; run again with more buyers if they ran out (the guess was low). */
    private PhaseResult closed(SystemUnderTest system, String label, int clients, double rate) {
        Duration span = plan.warmUp().plus(plan.window());
        PhaseResult result = LoadRun.closed(system, label, clients, plan.warmUp(), plan.window(), system.buyers(plan.buyersFor(rate, span, clients)));
        if (result.exhausted()) {
            log("%s %s: the buyers ran out at %.0f/s; loading more and measuring again", system.name(), label, result.throughput());
            result = LoadRun.closed(system, label, clients, plan.warmUp(), plan.window(),
                    system.buyers(plan.buyersFor(Math.max(rate, result.throughput()) * 3, span, clients)));
        }
        return result;
    }

    private void openLoop(SystemUnderTest system, double rate) {
        Buyers buyers = system.buyers(plan.buyersFor(rate, plan.openLoop(), 0));
        results.add(LoadRun.open(system, Report.f("open %.1f/s", rate), rate, plan.openLoop(), buyers));
    }

    /** The best closed loop again, with ~smallHistory and then ~largeHistory completed sagas stored. */
    private void history(SagaSystem saga, int clients) {
        long stored = saga.payments();
        long small = roundUp(Math.max(0, plan.smallHistory() - stored));
        long large = roundUp(Math.max(small, plan.largeHistory() - stored));
        timed("storing " + small + " completed sagas' rows", () -> saga.storeHistory(0, small));
        results.storedSmall = saga.payments();
        double rate = results.best("saga").throughput();
        results.historySmall = closed(saga, Report.f("closed %d, %,d stored", clients, results.storedSmall), clients, rate);
        timed("storing " + (large - small) + " more", () -> saga.storeHistory(small, large));
        results.storedLarge = saga.payments();
        results.historyLarge = closed(saga, Report.f("closed %d, %,d stored", clients, results.storedLarge), clients, rate);
        results.add(results.historySmall);
        results.add(results.historyLarge);
        results.phases.remove(results.historySmall);
        results.phases.remove(results.historyLarge);
    }

    private void backlog(SagaSystem saga) {
        List<Buyer> targets = new ArrayList<>();
        Buyers buyers = saga.buyers(20);
        for (int i = 0; i < 20; i++) {
            buyers.next().ifPresent(targets::add);
        }
        try {
            LoadRun.sleep(Duration.ofSeconds(1));
            Backlog.Result result = new Backlog(saga, plan, targets).run();
            results.backlog = result;
            log("GETs: idle p99 %.1f ms (%d), draining %d events p99 %.1f ms (%d); %s in %.1f s (published in %.1f s)", result.idle().p99(),
                    result.idle().count(), result.events(), result.draining().p99(), result.draining().count(),
                    result.drained() ? "drained" : "not drained", result.drainSeconds(), result.publishSeconds());
            if (result.idle().count() == 0 || result.draining().count() == 0) {
                results.problems.add("backlog: no GET was timed");
            }
            if (result.failedGets() > 0) {
                results.problems.add("backlog: " + result.failedGets() + " GETs failed");
            }
        } catch (BenchFailure e) {
            results.problems.add("backlog: " + e.getMessage());
        } catch (Exception e) {
            results.problems.add("backlog: " + e);
        }
    }

    private int report() {
        Report report = new Report(results);
        Map<String, List<PhaseResult>> closed = new LinkedHashMap<>();
        closed.put("saga", results.closed("saga"));
        closed.put("monolith", results.closed("monolith"));
        try {
            Files.writeString(target.resolve("bench-result.json"), Json.write(report.json()));
            Files.writeString(target.resolve("bench-chart.svg"), Chart.svg("Saga vs monolith, closed loop (" + plan.name() + " form)", closed));
        } catch (IOException e) {
            throw new BenchFailure("cannot write the results", e);
        }
        System.out.println();
        System.out.print(report.phases());
        System.out.println();
        System.out.print(report.table());
        System.out.println();
        log("wrote %s and %s; %.0f s in all", target.resolve("bench-result.json"), target.resolve("bench-chart.svg"), (System.nanoTime() - STARTED) / 1e9);
        if (!results.problems.isEmpty()) {
            System.err.println("The benchmark did not run cleanly:");
            results.problems.forEach(p -> System.err.println("  - " + p));
            return 1;
        }
        return 0;
    }

    /** CPU each process uses with no payments running: schedulers, pollers, heartbeats. */
    private static Map<String, Double> idleCores(SystemUnderTest system, Duration span) {
        Map<String, Double> before = new LinkedHashMap<>();
        system.processes().forEach(p -> before.put(p.name(), p.cpuSeconds()));
        LoadRun.sleep(span);
        Map<String, Double> cores = new LinkedHashMap<>();
        system.processes().forEach(p -> cores.put(p.name(), Math.round((p.cpuSeconds() - before.get(p.name())) / span.toSeconds() * 100) / 100.0));
        return cores;
    }

    /** The Kafka clients log every setting at INFO; the bench's own lines are what matters. */
    private static void quietLibraries() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static long roundUp(long n) {
        return (n + 9) / 10 * 10;
    }

    private static void timed(String what, Runnable task) {
        long started = System.nanoTime();
        task.run();
        log("%s took %.1f s (untimed)", what, (System.nanoTime() - started) / 1e9);
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %5.1fs] %s%n", (System.nanoTime() - STARTED) / 1e9, String.format(java.util.Locale.ROOT, format, args));
        System.out.flush();
    }
}
