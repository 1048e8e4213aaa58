package dev.concertsaga.queue.application;

import java.time.Instant;
import java.util.UUID;

/** What this service remembers of payments: which ones are cancelled, so that a late request for one is refused. */
public interface Payments {

    /**
     * Serialises the handling of one payment's events until the transaction ends. Without it, a request and a
     * cancellation handled at the same time could each miss what the other is about to commit.
     */
    void lock(UUID paymentId);

    boolean isCancelled(UUID paymentId);

    /** Records the cancellation; returns false if it was recorded before. */
    boolean recordCancelled(UUID paymentId, Instant cancelledAt);
}
