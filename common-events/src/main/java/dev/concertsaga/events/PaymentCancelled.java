package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** A step failed or the deadline passed: the payment is void and every step it did must be undone. */
public record PaymentCancelled(UUID paymentId, UUID reservationId, long userId, FailureReason reason, FailedStep failedStep)
        implements PaymentEvent {

    public PaymentCancelled {
        required(paymentId, "paymentId");
        required(reservationId, "reservationId");
        positive(userId, "userId");
        required(reason, "reason");
        required(failedStep, "failedStep");
    }
}
