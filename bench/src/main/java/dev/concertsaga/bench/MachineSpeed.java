package dev.concertsaga.bench;

/**
 * How fast this machine's cores are right now: a fixed single-threaded workload (integer arithmetic in a register,
 * no memory traffic, no allocation), timed before each phase while the system under test is idle. On a virtual
 * machine the same work can take very different time from one minute to the next, for reasons the guest cannot see
 * (the host's other load; no steal time is reported), and every CPU-ms and payments/s figure moves with it. Phases
 * whose probes differ much are not comparable.
 */
final class MachineSpeed {

    private static final int RUNS = 7;
    private static final int ITERATIONS = 50_000_000;

    /** Keeps the work from being optimised away. */
    private static volatile long sink;

    private MachineSpeed() {
    }

    /** Milliseconds the workload took, the fastest of several runs (the first runs let the JIT compile it). */
    static double probeMillis() {
        double fastest = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            sink = work(ITERATIONS);
            fastest = Math.min(fastest, (System.nanoTime() - started) / 1e6);
        }
        return fastest;
    }

    /** The probes' range, and how far the slowest is from the fastest. */
    static String spread(double[] probes) {
        double fastest = java.util.Arrays.stream(probes).min().orElse(Double.NaN);
        double slowest = java.util.Arrays.stream(probes).max().orElse(Double.NaN);
        return Report.f("%.0f–%.0f ms, the slowest %.0f %% above the fastest", fastest, slowest, (slowest / fastest - 1) * 100);
    }

    private static long work(int iterations) {
        long h = 1125899906842597L;
        for (int i = 0; i < iterations; i++) {
            h = 31 * h + (i ^ (h >>> 7));
        }
        return h;
    }
}
