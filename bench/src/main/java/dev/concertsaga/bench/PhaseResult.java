package dev.concertsaga.bench;

import java.util.List;
import java.util.Map;

/**
 * One measurement: a system under a closed loop of {@code inFlight} clients, or an open loop at {@code offeredRate}.
 *
 * @param completed payments that ended COMPLETED within the window
 * @param failed    payments that ended otherwise (CANCELLED, an error answer, no answer) within the window
 * @param failures  a few examples of why, for the report
 * @param exhausted whether the loaded buyers ran out before the window ended, which makes the figure meaningless
 * @param accepted  POSTs of the whole phase answered 202 rather than with the final state, which the client then polled
 * @param polls     the GETs those polls took
 * @param speedProbeMillis how long {@link MachineSpeed}'s fixed workload took just before the phase: the machine's speed
 */
record PhaseResult(String system, String label, int inFlight, double offeredRate, double seconds, int completed, int failed,
                   List<String> failures, boolean exhausted, Latencies latencies, Probe.Readings readings, long accepted, long polls,
                   double speedProbeMillis) {

    double throughput() {
        return completed / seconds;
    }

    /** CPU milliseconds per completed payment, all the system's processes together (the driver not counted). */
    double cpuMillisPerPayment() {
        return completed == 0 ? Double.NaN : readings.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum() * 1000 / completed;
    }

    Map<String, Double> cpuCoresByProcess() {
        return readings.cpuSeconds().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue() / seconds, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Cores the rest of the machine used meanwhile: neither the system's processes nor the driver (e.g. a trace UI). */
    double otherCores() {
        double counted = readings.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum() + readings.driverCpuSeconds();
        return Math.max(0, readings.machineCpuSeconds() - counted) / seconds;
    }

    boolean broken() {
        return completed == 0 || exhausted || failed > Math.max(2, completed / 100);
    }
}
