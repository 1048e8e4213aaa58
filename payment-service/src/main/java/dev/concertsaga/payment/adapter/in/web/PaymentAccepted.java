package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;

import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentStatus;

/** The 202 answer to a payment request: the saga runs; poll the Location for its outcome. */
record PaymentAccepted(UUID paymentId, UUID reservationId, long userId, PaymentStatus status) {

    static PaymentAccepted of(Payment payment) {
        return new PaymentAccepted(payment.id(), payment.request().reservationId(), payment.request().userId(), payment.status());
    }
}
