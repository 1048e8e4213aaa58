package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** A client asked to pay for a held reservation: starts the saga. An absent {@code method} is POINTS. */
public record PaymentRequested(UUID paymentId, UUID reservationId, long userId, UUID queueToken, @OptionalField PaymentMethod method)
        implements PaymentEvent {

    public PaymentRequested {
        required(paymentId, "paymentId");
        required(reservationId, "reservationId");
        positive(userId, "userId");
        required(queueToken, "queueToken");
        method = PaymentMethod.orDefault(method);
    }

    /** A payment with points. */
    public PaymentRequested(UUID paymentId, UUID reservationId, long userId, UUID queueToken) {
        this(paymentId, reservationId, userId, queueToken, PaymentMethod.POINTS);
    }
}
