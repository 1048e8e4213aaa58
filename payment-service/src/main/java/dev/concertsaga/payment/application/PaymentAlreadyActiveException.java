package dev.concertsaga.payment.application;

import java.util.UUID;

/** The reservation already has a payment that is running or has completed; a second one would pay twice. */
public class PaymentAlreadyActiveException extends RuntimeException {

    public PaymentAlreadyActiveException(UUID reservationId) {
        super("Reservation " + reservationId + " already has a pending or completed payment.");
    }
}
