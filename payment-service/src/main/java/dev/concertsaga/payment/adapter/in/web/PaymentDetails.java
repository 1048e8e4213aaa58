package dev.concertsaga.payment.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.payment.application.WireTerms;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentState;
import dev.concertsaga.payment.domain.PaymentStatus;

/** A payment as {@code GET /api/v1/payments/{paymentId}} shows it; what is not known yet is null. */
record PaymentDetails(@Schema(example = "0193a5c1-7d2e-7c3a-9a51-2f4b8e6d1c20") UUID paymentId,
                      @Schema(example = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b") UUID reservationId,
                      @Schema(example = "7") long userId,
                      @Schema(description = "The seat's price, known once the reservation is confirmed.", example = "80000") Long amount,
                      @Schema(example = "COMPLETED") PaymentStatus status,
                      @Schema(description = "Why it was cancelled; null unless CANCELLED.") FailureReason failureReason,
                      @Schema(description = "The step that failed; null unless CANCELLED.") FailedStep failedStep,
                      @Schema(example = "2026-11-21T10:15:30.123Z") Instant createdAt,
                      @Schema(description = "When it completed; null unless COMPLETED.", example = "2026-11-21T10:15:30.187Z") Instant completedAt) {

    static PaymentDetails of(Payment payment) {
        PaymentState state = payment.state();
        return new PaymentDetails(payment.id(), payment.request().reservationId(), payment.request().userId(), state.amount(),
                state.status(), reason(state), step(state), payment.createdAt(), state.completedAt());
    }

    private static FailureReason reason(PaymentState state) {
        return state.cancellationReason() == null ? null : WireTerms.toWire(state.cancellationReason());
    }

    private static FailedStep step(PaymentState state) {
        return state.failedStep() == null ? null : WireTerms.toWire(state.failedStep());
    }
}
