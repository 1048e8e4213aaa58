package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.notNegative;
import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** Compensation: a cancelled payment's deduction is given back; {@code balance} is the balance after it. */
public record PointsRefunded(long userId, UUID paymentId, long amount, long balance) implements PointEvent {

    public PointsRefunded {
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
