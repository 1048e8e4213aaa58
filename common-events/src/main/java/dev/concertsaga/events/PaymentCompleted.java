package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.notNegative;
import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.time.Instant;
import java.util.UUID;

/** Every step succeeded: the seat is sold, the points are spent, the token is used. */
public record PaymentCompleted(UUID paymentId, UUID reservationId, long userId, long amount, Instant completedAt)
        implements PaymentEvent {

    public PaymentCompleted {
        required(paymentId, "paymentId");
        required(reservationId, "reservationId");
        positive(userId, "userId");
        notNegative(amount, "amount");
        required(completedAt, "completedAt");
    }
}
