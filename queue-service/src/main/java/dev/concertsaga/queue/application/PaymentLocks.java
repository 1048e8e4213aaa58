package dev.concertsaga.queue.application;

import java.util.UUID;

/**
 * Serialises the handling of one payment's events. A request and a cancellation of the same payment are handled
 * one after the other: without it, each could miss what the other is about to commit, and a token would stay used
 * by a cancelled payment. {@link dev.concertsaga.messaging.CancelledPayments} takes no lock; this is its lock here.
 */
public interface PaymentLocks {

    /** Waits until no other transaction holds the payment's lock, then holds it until this transaction ends. */
    void lock(UUID paymentId);
}
