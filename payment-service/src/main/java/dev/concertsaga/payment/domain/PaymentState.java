package dev.concertsaga.payment.domain;

import java.time.Instant;

/**
 * The part of a payment the saga changes.
 *
 * @param amount             the seat's price, known once the reservation is confirmed; null before
 * @param cancellationReason why the payment was cancelled; null unless CANCELLED
 * @param failedStep         which step cancelled it; null unless CANCELLED
 */
public record PaymentState(PaymentStatus status, Long amount, SagaProgress progress, CancellationReason cancellationReason,
                           FailedStep failedStep, Instant completedAt, Instant cancelledAt) {

    static final PaymentState PENDING = new PaymentState(PaymentStatus.PENDING, null, SagaProgress.NONE, null, null, null, null);

    PaymentState progressed(SagaProgress newProgress, Long newAmount) {
        return new PaymentState(status, newAmount, newProgress, null, null, null, null);
    }

    PaymentState completed(Instant at) {
        return new PaymentState(PaymentStatus.COMPLETED, amount, progress, null, null, at, null);
    }

    PaymentState cancelled(FailedStep step, CancellationReason reason, Instant at) {
        return new PaymentState(PaymentStatus.CANCELLED, amount, progress, reason, step, null, at);
    }
}
