package dev.concertsaga.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The run as one table of DESIGN section 8's figures against their targets, and as JSON. */
final class Report {

    private static final double RSS_LIMIT_MIB = 512;

    private final Results results;

    Report(Results results) {
        this.results = results;
    }

    String table() {
        PhaseResult saga = results.best("saga");
        PhaseResult monolith = results.best("monolith");
        PhaseResult open = results.open("saga");
        PhaseResult monolithOpen = results.open("monolith");
        TextTable table = new TextTable("DESIGN §8 figure", "measured", "target", "");
        if (saga == null || monolith == null) {
            return table.row("saga ÷ monolith payments/s", "not measured", "≥ 0.6", "MISSED").render();
        }
        double ratio = saga.throughput() / monolith.throughput();
        table.row("saga ÷ monolith payments/s, closed loop, best of each",
                f("%.3f (%.1f/s at %d ÷ %.1f/s at %d in flight)", ratio, saga.throughput(), saga.inFlight(), monolith.throughput(), monolith.inFlight()),
                "≥ 0.6", mark(ratio >= 0.6));
        if (open != null) {
            table.row(f("POST → final p99 at half the saga's peak (%.1f/s)", open.offeredRate()),
                    f("%.0f ms (p50 %.0f; monolith p99 %.0f ms)", open.latencies().p99(), open.latencies().p50(),
                            monolithOpen == null ? Double.NaN : monolithOpen.latencies().p99()),
                    "≤ 150 ms", mark(open.latencies().p99() <= 150));
            double outbox = open.readings().outboxP99Millis();
            table.row("outbox commit → broker ack p99 at that rate", f("%.1f ms (mean %.1f ms)", outbox, open.readings().outboxMeanMillis()),
                    "≤ 20 ms", mark(outbox <= 20));
        }
        if (results.historyLarge != null) {
            double history = results.historyLarge.throughput() / results.historySmall.throughput();
            table.row(f("saga payments/s with %s stored ÷ with %s", count(results.storedLarge), count(results.storedSmall)),
                    f("%.2f (%.1f/s ÷ %.1f/s at %d in flight)", history, results.historyLarge.throughput(), results.historySmall.throughput(),
                            results.historySmall.inFlight()), "≥ 0.8", mark(history >= 0.8));
        }
        if (results.backlog != null) {
            Backlog.Result b = results.backlog;
            table.row(f("GET p99 while consumers drain %s events ÷ idle", count(b.events())),
                    f("%.2f (%.1f ÷ %.1f ms; %s in %.0f s)", b.ratio(), b.draining().p99(), b.idle().p99(),
                            b.drained() ? "drained" : "NOT drained", b.drainSeconds()), "≤ 1.2", mark(b.ratio() <= 1.2));
        }
        Map<String, Double> rss = results.maxRss("saga");
        List<String> services = SagaSystem.SERVICES;
        double worst = services.stream().mapToDouble(s -> rss.getOrDefault(s, Double.NaN)).max().orElse(Double.NaN);
        table.row("RSS of each service under load (highest seen)",
                services.stream().map(s -> f("%s %.0f", s.replace("-service", ""), rss.getOrDefault(s, Double.NaN))).collect(Collectors.joining(", ")) + " MiB",
                "≤ 512 MB", mark(worst <= RSS_LIMIT_MIB));
        return table.render();
    }

    /** Every phase, one line each: what the table's figures come from. */
    String phases() {
        TextTable table = new TextTable("system", "load", "payments/s", "p50 ms", "p95 ms", "p99 ms", "CPU ms/payment", "CPU cores by process", "max consumer lag", "failed",
                "speed probe ms");
        List<PhaseResult> all = new java.util.ArrayList<>(results.phases);
        if (results.historySmall != null) {
            all.add(results.historySmall);
        }
        if (results.historyLarge != null) {
            all.add(results.historyLarge);
        }
        for (PhaseResult p : all) {
            table.row(p.system(), p.label(), f("%.1f", p.throughput()), f("%.1f", p.latencies().p50()), f("%.1f", p.latencies().p95()),
                    f("%.1f", p.latencies().p99()), f("%.2f", p.cpuMillisPerPayment()),
                    p.cpuCoresByProcess().entrySet().stream().map(e -> f("%s %.2f", e.getKey().replace("-service", ""), e.getValue()))
                            .collect(Collectors.joining(", ")) + f(", driver %.2f, rest of the machine %.2f", p.readings().driverCpuSeconds() / p.seconds(), p.otherCores()),
                    p.readings().maxConsumerLag().values().stream().mapToLong(Long::longValue).max().stream().mapToObj(Long::toString).findFirst().orElse("-"),
                    Integer.toString(p.failed()), f("%.0f", p.speedProbeMillis()));
        }
        return table.render() + f("(speed probe: a fixed single-threaded workload timed before each phase, lower is faster; %s)%n",
                MachineSpeed.spread(all.stream().mapToDouble(PhaseResult::speedProbeMillis).toArray()));
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plan", results.plan.name());
        json.put("setting", results.setting);
        json.put("phases", results.phases.stream().map(Report::json).toList());
        if (results.historyLarge != null) {
            json.put("history", Map.of("storedSmall", results.storedSmall, "storedLarge", results.storedLarge,
                    "small", json(results.historySmall), "large", json(results.historyLarge),
                    "ratio", results.historyLarge.throughput() / results.historySmall.throughput()));
        }
        if (results.backlog != null) {
            Backlog.Result b = results.backlog;
            Map<String, Object> backlog = new LinkedHashMap<>();
            backlog.put("events", b.events());
            backlog.put("publishSeconds", b.publishSeconds());
            backlog.put("drainSeconds", b.drainSeconds());
            backlog.put("drained", b.drained());
            backlog.put("idleGets", b.idle().count());
            backlog.put("idleP99Ms", b.idle().p99());
            backlog.put("drainingGets", b.draining().count());
            backlog.put("drainingP99Ms", b.draining().p99());
            backlog.put("idleP99MsByService", b.idleP99ByService());
            backlog.put("drainingP99MsByService", b.drainingP99ByService());
            backlog.put("failedGets", b.failedGets());
            backlog.put("ratio", b.ratio());
            json.put("backlog", backlog);
        }
        json.put("maxRssMiB", Map.of("saga", results.maxRss("saga"), "monolith", results.maxRss("monolith")));
        json.put("problems", results.problems);
        return json;
    }

    private static Map<String, Object> json(PhaseResult p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("system", p.system());
        json.put("load", p.label());
        json.put("inFlight", p.inFlight());
        json.put("offeredRate", p.offeredRate());
        json.put("seconds", p.seconds());
        json.put("completed", p.completed());
        json.put("failed", p.failed());
        json.put("failures", p.failures());
        json.put("buyersRanOut", p.exhausted());
        json.put("answered202", p.accepted());
        json.put("polls", p.polls());
        json.put("paymentsPerSecond", p.throughput());
        json.put("p50Ms", p.latencies().p50());
        json.put("p95Ms", p.latencies().p95());
        json.put("p99Ms", p.latencies().p99());
        json.put("cpuMsPerPayment", p.cpuMillisPerPayment());
        json.put("cpuSecondsByProcess", p.readings().cpuSeconds());
        json.put("driverCpuSeconds", p.readings().driverCpuSeconds());
        json.put("machineCpuSeconds", p.readings().machineCpuSeconds());
        json.put("maxRssMiB", p.readings().maxRssMiB());
        json.put("maxConsumerLag", p.readings().maxConsumerLag());
        json.put("outboxPublishLagMeanMs", p.readings().outboxMeanMillis());
        json.put("outboxPublishLagP99Ms", p.readings().outboxP99Millis());
        json.put("speedProbeMs", p.speedProbeMillis());
        return json;
    }

    private static String mark(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static String count(long n) {
        return n >= 1_000_000 && n % 100_000 == 0 ? f("%.1f M", n / 1e6) : n >= 1000 ? f("%,d k", Math.round(n / 1000.0)) : Long.toString(n);
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
