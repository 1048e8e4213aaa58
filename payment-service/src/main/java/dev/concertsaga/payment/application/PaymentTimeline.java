package dev.concertsaga.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What payment-service saw of each payment's saga, in the order it saw it. Runs in the caller's transaction. */
public interface PaymentTimeline {

    /** Records an event once; recording the same event for the same payment again changes nothing. */
    void append(SeenEvent event, Instant recordedAt);

    /** The payment's entries in recorded order; empty for an unknown payment. */
    List<TimelineEntry> entriesOf(UUID paymentId);
}
