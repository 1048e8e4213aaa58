package dev.concertsaga.payment.application;

import java.time.Duration;

/**
 * How calls to the card provider are paced.
 *
 * @param lease          how long a claimed charge or refund is left to the call that claimed it; longer than a call's
 *                       timeout, so a call that is merely slow is never overtaken, and one whose worker died is retried
 * @param initialBackOff the wait before asking again after a first unknown outcome; doubling up to {@code maxBackOff}
 * @param batchSize      most charges or refunds one claim takes
 */
public record CardRetries(Duration lease, Duration initialBackOff, Duration maxBackOff, int batchSize) {

    /** The wait after the {@code calls}-th call left the outcome unknown. */
    Duration after(int calls) {
        Duration wait = initialBackOff.multipliedBy(1L << Math.min(Math.max(calls - 1, 0), 20));
        return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
    }
}
