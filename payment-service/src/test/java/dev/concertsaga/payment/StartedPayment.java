package dev.concertsaga.payment;

import java.util.UUID;

/** A payment the API accepted, with what was asked for it: what the other services' events refer to. */
record StartedPayment(UUID paymentId, NewPayment request) {

    UUID reservationId() {
        return request.reservationId();
    }

    long userId() {
        return request.userId();
    }

    UUID queueToken() {
        return UUID.fromString(request.queueToken());
    }
}
