package dev.concertsaga.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How many tokens may be active at once, and for how long each.
 *
 * @param maxActive the most tokens that are ACTIVE at the same time
 * @param activeTtl how long an admitted token stays active
 */
public record AdmissionPolicy(int maxActive, Duration activeTtl) {

    public AdmissionPolicy {
        if (maxActive <= 0) {
            throw new IllegalArgumentException("maxActive must be positive, was " + maxActive);
        }
        if (activeTtl.isNegative() || activeTtl.isZero()) {
            throw new IllegalArgumentException("activeTtl must be positive, was " + activeTtl);
        }
    }

    /** How many waiting tokens may be admitted now that {@code active} are active, at most {@code batchSize}. */
    public int admissible(long active, int batchSize) {
        return (int) Math.max(0, Math.min(maxActive - active, batchSize));
    }

    /** The deadline of a token admitted at {@code now}. */
    public Instant activeUntil(Instant now) {
        return now.plus(activeTtl).truncatedTo(ChronoUnit.MILLIS);
    }
}
