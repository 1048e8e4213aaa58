package dev.concertsaga.payment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment and the saga's outcome for it. While PENDING it records each step that succeeds; the third success
 * (the reservation, the token, and the points or the card, as its method says) completes it, the first failure (or the deadline) cancels it. Once decided it never changes again: a late success
 * is left to the other services' compensations, so no payment is ever kept half-way.
 */
public final class Payment {

    private final UUID id;
    private final PaymentRequest request;
    private final RequestFingerprint fingerprint;
    private final Instant createdAt;
    private PaymentState state;

    /** Rebuilds a stored payment. */
    public Payment(UUID id, PaymentRequest request, RequestFingerprint fingerprint, Instant createdAt, PaymentState state) {
        this.id = Objects.requireNonNull(id, "id");
        this.request = Objects.requireNonNull(request, "request");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = Objects.requireNonNull(state, "state");
    }

    /** A new payment for {@code request}, PENDING until the saga decides it. */
    public static Payment request(UUID id, PaymentRequest request, Instant now) {
        return new Payment(id, request, request.fingerprint(), now, PaymentState.PENDING);
    }

    /** Whether {@code other} asks for what this payment's request asked for, as a retry with the same key must. */
    public boolean isRequestedBy(PaymentRequest other) {
        return fingerprint.equals(other.fingerprint());
    }

    /** The reservation is confirmed for this payment; {@code amount}, the seat's price, is what the payment settles. */
    public Transition reservationConfirmed(long amount, Instant now) {
        return succeed(state.progress().withReservationConfirmed(), amount, now);
    }

    public Transition queueTokenExpired(Instant now) {
        return succeed(state.progress().withQueueTokenExpired(), state.amount(), now);
    }

    public Transition pointsDeducted(Instant now) {
        return succeed(state.progress().withPointsDeducted(), state.amount(), now);
    }

    /** The card provider charged the seat's price for this payment. */
    public Transition cardCharged(Instant now) {
        return succeed(state.progress().withCardCharged(), state.amount(), now);
    }

    /** A step failed or the deadline passed: the payment is void, and every step already done must be undone. */
    public Transition cancel(FailedStep step, CancellationReason reason, Instant now) {
        if (isDecided()) {
            return Transition.LATE;
        }
        state = state.cancelled(step, reason, now);
        return Transition.CANCELLED;
    }

    private Transition succeed(SagaProgress progress, Long amount, Instant now) {
        if (isDecided()) {
            return Transition.LATE;
        }
        state = state.progressed(progress, amount);
        if (!progress.isComplete(request.method())) {
            return Transition.STEP_RECORDED;
        }
        state = state.completed(now);
        return Transition.COMPLETED;
    }

    public boolean isByCard() {
        return request.method() == PaymentMethod.CARD;
    }

    public boolean isDecided() {
        return state.status() != PaymentStatus.PENDING;
    }

    public UUID id() {
        return id;
    }

    public PaymentRequest request() {
        return request;
    }

    public RequestFingerprint fingerprint() {
        return fingerprint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PaymentState state() {
        return state;
    }

    public PaymentStatus status() {
        return state.status();
    }
}
