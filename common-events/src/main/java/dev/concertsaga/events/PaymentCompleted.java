package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.notNegative;
import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.time.Instant;
import java.util.UUID;

/** Every step succeeded: the seat is sold, the points spent or the card charged, the token used. Absent {@code method} is POINTS. */
public record PaymentCompleted(UUID paymentId, UUID reservationId, long userId, long amount, Instant completedAt,
                               @OptionalField PaymentMethod method) implements PaymentEvent {

    public PaymentCompleted {
        required(paymentId, "paymentId");
        required(reservationId, "reservationId");
        positive(userId, "userId");
        notNegative(amount, "amount");
        required(completedAt, "completedAt");
        method = PaymentMethod.orDefault(method);
    }

    /** A payment with points, completed. */
    public PaymentCompleted(UUID paymentId, UUID reservationId, long userId, long amount, Instant completedAt) {
        this(paymentId, reservationId, userId, amount, completedAt, PaymentMethod.POINTS);
    }
}
