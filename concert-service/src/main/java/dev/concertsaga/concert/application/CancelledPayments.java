package dev.concertsaga.concert.application;

import java.time.Instant;
import java.util.UUID;

/** The payments known to be cancelled: a late request for one of them must not confirm anything. */
public interface CancelledPayments {

    /** Remembers the cancellation; remembering it again changes nothing. */
    void record(UUID paymentId, Instant cancelledAt);

    boolean contains(UUID paymentId);
}
