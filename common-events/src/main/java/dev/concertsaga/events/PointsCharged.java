package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.notNegative;
import static dev.concertsaga.events.Checks.positive;

/** A user bought points; {@code balance} is the balance after the charge. */
public record PointsCharged(long userId, long amount, long balance) implements PointEvent {

    public PointsCharged {
        positive(userId, "userId");
        positive(amount, "amount");
        notNegative(balance, "balance");
    }
}
