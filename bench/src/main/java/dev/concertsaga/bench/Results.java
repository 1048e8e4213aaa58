package dev.concertsaga.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, filled in as it goes. */
final class Results {

    final Plan plan;
    final Map<String, Object> setting = new LinkedHashMap<>();
    final List<PhaseResult> phases = new ArrayList<>();
    PhaseResult historySmall;
    PhaseResult historyLarge;
    long storedSmall;
    long storedLarge;
    Backlog.Result backlog;
    final List<String> problems = new ArrayList<>();

    Results(Plan plan) {
        this.plan = plan;
    }

    void add(PhaseResult result) {
        phases.add(result);
        Bench.log("%-8s %-22s %8.1f payments/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms  CPU %6.2f ms/payment  202s %d (%d polls)  failed %d  speed probe %.0f ms%s",
                result.system(), result.label(), result.throughput(), result.latencies().p50(), result.latencies().p95(), result.latencies().p99(),
                result.cpuMillisPerPayment(), result.accepted(), result.polls(), result.failed(), result.speedProbeMillis(),
                result.failures().isEmpty() ? "" : " " + result.failures());
        if (result.broken()) {
            problems.add(result.system() + " " + result.label() + ": " + (result.completed() == 0 ? "no payment completed"
                    : result.exhausted() ? "the loaded buyers ran out" : result.failed() + " payments failed " + result.failures()));
        }
    }

    List<PhaseResult> closed(String system) {
        return phases.stream().filter(p -> p.system().equals(system) && p.inFlight() > 0).toList();
    }

    PhaseResult best(String system) {
        return closed(system).stream().max(Comparator.comparingDouble(PhaseResult::throughput)).orElse(null);
    }

    PhaseResult open(String system) {
        return phases.stream().filter(p -> p.system().equals(system) && p.inFlight() == 0).findFirst().orElse(null);
    }

    /** The highest resident memory each service reached in any saga phase. */
    Map<String, Double> maxRss(String system) {
        Map<String, Double> rss = new LinkedHashMap<>();
        List<PhaseResult> all = new ArrayList<>(phases.stream().filter(p -> p.system().equals(system)).toList());
        if (system.equals("saga") && historyLarge != null) {
            all.add(historySmall);
            all.add(historyLarge);
        }
        all.forEach(p -> p.readings().maxRssMiB().forEach((name, mib) -> rss.merge(name, mib, Math::max)));
        return rss;
    }
}
