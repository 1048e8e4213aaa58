package dev.concertsaga.user.domain;

/**
 * The most points one user may hold. Only charges are held to it: a refund gives back points that were inside
 * the balance before, and a compensation that could be refused would leave a saga half undone.
 */
public record BalanceLimit(long maxBalance) {

    public BalanceLimit {
        if (maxBalance < 0) {
            throw new IllegalArgumentException("maxBalance must not be negative, was " + maxBalance);
        }
    }

    /** Written as a subtraction so that a huge amount cannot overflow into a small sum. */
    boolean allows(long balance, long amount) {
        return amount <= maxBalance - balance;
    }
}
