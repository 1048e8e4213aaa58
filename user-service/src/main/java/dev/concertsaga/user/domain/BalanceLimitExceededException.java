package dev.concertsaga.user.domain;

/** A charge was refused because the balance would pass the limit; nothing changed. */
public class BalanceLimitExceededException extends RuntimeException {

    public BalanceLimitExceededException(long userId, long balance, long amount, BalanceLimit limit) {
        super("Charging " + amount + " points would take user " + userId + "'s balance of " + balance
                + " past the limit of " + limit.maxBalance() + ".");
    }
}
