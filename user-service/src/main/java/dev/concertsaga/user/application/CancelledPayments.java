package dev.concertsaga.user.application;

import java.time.Instant;
import java.util.UUID;

/** The payments this service has been told are cancelled. */
public interface CancelledPayments {

    /** Remembers the cancellation; remembering it again changes nothing. */
    void remember(UUID paymentId, Instant cancelledAt);

    boolean isCancelled(UUID paymentId);
}
