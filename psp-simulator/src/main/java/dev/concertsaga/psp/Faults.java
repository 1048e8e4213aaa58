package dev.concertsaga.psp;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every request suffers, whatever its card: a latency before it is handled, and a share of requests answered
 * 503 without doing anything. Changed while running through {@code PUT /admin/faults} or {@link #set}.
 */
public final class Faults {

    private volatile Duration latency;
    private volatile double faultRate;

    public Faults(Duration latency, double faultRate) {
        set(latency, faultRate);
    }

    public void set(Duration newLatency, double newFaultRate) {
        if (newLatency.isNegative() || newFaultRate < 0 || newFaultRate > 1) {
            throw new IllegalArgumentException("latency must not be negative and the fault rate must be within 0..1");
        }
        latency = newLatency;
        faultRate = newFaultRate;
    }

    public Duration latency() {
        return latency;
    }

    public double faultRate() {
        return faultRate;
    }

    /** Waits out the latency; true when this request is one of the faults. */
    boolean suffer() throws InterruptedException {
        Thread.sleep(latency.toMillis());
        return ThreadLocalRandom.current().nextDouble() < faultRate;
    }
}
