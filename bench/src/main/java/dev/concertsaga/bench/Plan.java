package dev.concertsaga.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how big: the quick form CI runs so that the benchmark cannot rot (short phases, a small seed), and
 * the full form whose figures are the ones to quote.
 *
 * @param inFlight     the closed loop's concurrency levels
 * @param asServer     whether the saga's stack runs with a server's settings ({@link LocalStackProcess}); the quick
 *                     form keeps the local stack's own, which start faster and warm up sooner
 * @param jitWarmUp    before each system's first phase, untimed closed-loop steps at the highest concurrency until its
 *                     throughput stops rising, so that the JIT has compiled the hot paths (C2 takes minutes on two
 *                     cores) and the phases measure a server that has been running, not one that just started; none
 *                     when {@link WarmUp#NONE}
 * @param warmUp       run before each closed-loop window, not counted
 * @param window       each closed-loop window
 * @param openLoop     the open loop at half the saga's peak
 * @param quietBefore  a pause before the saga's open loop, so that the services' rolling outbox-lag percentile
 *                     (Micrometer keeps about two minutes) covers that loop alone
 * @param smallHistory completed sagas' rows already stored, the baseline of the history comparison
 * @param largeHistory the same, the large case (1 M in the full form)
 * @param backlog      events published at once for the backlog-drain comparison
 * @param idleGets     how long GETs are timed on the idle system
 * @param drainAtMost  how long GETs are timed while the backlog drains, at most
 * @param getRate      GETs per second in both
 */
record Plan(String name, List<Integer> inFlight, boolean asServer, WarmUp jitWarmUp, Duration warmUp, Duration window, Duration openLoop, Duration quietBefore,
            int smallHistory, int largeHistory, int backlog, Duration idleGets, Duration drainAtMost, int getRate) {

    static Plan quick() {
        return new Plan("quick", List.of(4, 16, 64), false, WarmUp.NONE, Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ZERO,
                10_000, 100_000, 10_000, Duration.ofSeconds(3), Duration.ofSeconds(15), 50);
    }

    static Plan full() {
        return new Plan("full", List.of(4, 16, 64), true, WarmUp.UNTIL_STEADY, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(125),
                10_000, 1_000_000, 100_000, Duration.ofSeconds(20), Duration.ofSeconds(300), 50);
    }

    /** Buyers a window at {@code rate} per second needs, with room to spare. */
    int buyersFor(double rate, Duration duration, int clients) {
        return (int) Math.min(2_000_000, Math.ceil(rate * duration.toMillis() / 1000.0 * 1.6) + clients * 4L + 200);
    }

    /**
     * Warming up until the throughput stops rising: steps of {@code step}, for at least {@code least} and at most
     * {@code most}; it has stopped rising when {@code flatSteps} steps in a row do not beat the best step before them by
     * more than {@code margin} (a share: 0.03 is 3 %). On this machine's two cores the saga took 4 to 5 minutes of
     * load to get there, where a fixed 3 minutes measured it still warming; and two flat steps were not enough: one run
     * stopped at 229 to 237 payments/s and then ran its closed loop at 64 in flight at 290/s, so three are asked for.
     */
    record WarmUp(Duration step, Duration least, Duration most, int flatSteps, double margin) {

        static final WarmUp NONE = new WarmUp(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 0);
        static final WarmUp UNTIL_STEADY = new WarmUp(Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(12), 3, 0.03);

        boolean none() {
            return step.isZero();
        }
    }
}
