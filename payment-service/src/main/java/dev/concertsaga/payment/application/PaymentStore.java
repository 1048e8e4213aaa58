package dev.concertsaga.payment.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.concertsaga.payment.domain.Payment;

/** Where payments are kept. Every method runs in the caller's transaction. */
public interface PaymentStore {

    /**
     * Inserts a new payment, unless its idempotency key or an active payment for its reservation is taken: then
     * nothing is written and the answer is false. The database arbitrates, so this holds for concurrent requests too;
     * it makes a conflicting insert wait for its transaction, so after false, what took them is committed and readable.
     */
    boolean add(Payment payment);

    /** Writes back what the saga changed in a payment read with {@link #lock}. */
    void update(Payment payment);

    Optional<Payment> findById(UUID paymentId);

    Optional<Payment> findByIdempotencyKey(String idempotencyKey);

    /** Reads a payment and locks it until the transaction ends, so the saga's events and the deadline decide one at a time. */
    Optional<Payment> lock(UUID paymentId);

    /**
     * Locks those of {@code paymentIds} that exist until the transaction ends, in one statement; a {@link #lock} of one
     * of them later in the transaction reads it without another statement.
     */
    void lockAll(Collection<UUID> paymentIds);

    /** Locks up to {@code limit} payments PENDING since before {@code cutoff}, skipping any another transaction holds. */
    List<Payment> lockPendingSince(Instant cutoff, int limit);

    /**
     * Up to {@code limit} payments that match the filter, newest first by id (a time-ordered UUID); only those with
     * an id below {@code before} when it is not null.
     */
    List<Payment> findNewestFirst(PaymentFilter filter, UUID before, int limit);

    /** Those of {@code paymentIds} whose saga has ended. */
    List<Payment> findDecided(Collection<UUID> paymentIds);
}
