package dev.concertsaga.payment.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentState;
import dev.concertsaga.payment.domain.PaymentStatus;

/** A payment as {@code GET /api/v1/payments/{paymentId}} shows it; what is not known yet is null. */
record PaymentDetails(UUID paymentId, UUID reservationId, long userId, Long amount, PaymentStatus status,
                      FailureReason failureReason, FailedStep failedStep, Instant createdAt, Instant completedAt) {

    static PaymentDetails of(Payment payment) {
        PaymentState state = payment.state();
        return new PaymentDetails(payment.id(), payment.request().reservationId(), payment.request().userId(), state.amount(),
                state.status(), state.failureReason(), state.failedStep(), payment.createdAt(), state.completedAt());
    }
}
