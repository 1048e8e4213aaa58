package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.notNegative;
import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** A payment's amount was taken from the user's points; {@code balance} is the balance after it. */
public record PointsDeducted(long userId, UUID paymentId, long amount, long balance) implements PointEvent {

    public PointsDeducted {
        positive(userId, "userId");
        required(paymentId, "paymentId");
        notNegative(amount, "amount");
        notNegative(balance, "balance");
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
