package dev.concertsaga.bench.monolith;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment as payment-service shows it ({@code GET /api/v1/payments/{paymentId}}). A monolith payment is COMPLETED
 * or does not exist, so the failure fields are always null; they are kept so that both answer in the same shape.
 */
public record PaymentView(UUID paymentId, UUID reservationId, long userId, Long amount, String status,
                          String failureReason, String failedStep, Instant createdAt, Instant completedAt) {

    static PaymentView completed(UUID paymentId, UUID reservationId, long userId, long amount, Instant createdAt, Instant completedAt) {
        return new PaymentView(paymentId, reservationId, userId, amount, "COMPLETED", null, null, createdAt, completedAt);
    }
}
