package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentStatus;

/** The 202 answer to a payment request: the saga runs; poll the Location for its outcome. */
record PaymentAccepted(@Schema(example = "0193a5c1-7d2e-7c3a-9a51-2f4b8e6d1c20") UUID paymentId,
                       @Schema(example = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b") UUID reservationId,
                       @Schema(example = "7") long userId, @Schema(example = "PENDING") PaymentStatus status) {

    static PaymentAccepted of(Payment payment) {
        return new PaymentAccepted(payment.id(), payment.request().reservationId(), payment.request().userId(), payment.status());
    }
}
