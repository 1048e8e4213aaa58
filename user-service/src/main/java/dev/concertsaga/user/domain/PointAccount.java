package dev.concertsaga.user.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's prepaid points. Every change returns the ledger entry that records it, so that the balance and the
 * ledger cannot drift apart. The caller holds the user's lock while it changes an account.
 */
public final class PointAccount {

    /** The most points one charge may buy. */
    public static final long MAX_CHARGE = 10_000_000L;

    private final long userId;
    private long balance;

    public PointAccount(long userId, long balance) {
        if (balance < 0) {
            throw new IllegalArgumentException("a balance is never negative, was " + balance);
        }
        this.userId = userId;
        this.balance = balance;
    }

    /** Adds bought points, unless the balance would then pass {@code limit}. */
    public LedgerEntry charge(long amount, BalanceLimit limit, Instant at) {
        if (amount < 1 || amount > MAX_CHARGE) {
            throw new IllegalArgumentException("a charge is 1 to " + MAX_CHARGE + " points, was " + amount);
        }
        if (!limit.allows(balance, amount)) {
            throw new BalanceLimitExceededException(userId, balance, amount, limit);
        }
        return change(LedgerEntryType.CHARGE, amount, null, balance + amount, at);
    }

    /** Whether a payment of {@code amount} can be taken; too few points is an answer to a payment, not an error. */
    public boolean covers(long amount) {
        return amount >= 0 && amount <= balance;
    }

    /** Takes a payment's amount; call only when the account {@linkplain #covers covers} it. */
    public LedgerEntry use(UUID paymentId, long amount, Instant at) {
        if (!covers(amount)) {
            throw new IllegalStateException("user " + userId + " cannot pay " + amount + " from " + balance + " points");
        }
        return change(LedgerEntryType.USE, amount, paymentId, balance - amount, at);
    }

    /** Gives back what a cancelled payment took; never refused, see {@link BalanceLimit}. */
    public LedgerEntry refund(LedgerEntry use, Instant at) {
        if (use.type() != LedgerEntryType.USE || use.userId() != userId) {
            throw new IllegalArgumentException("only a USE of user " + userId + " can be refunded, not " + use);
        }
        return change(LedgerEntryType.REFUND, use.amount(), use.paymentId(), Math.addExact(balance, use.amount()), at);
    }

    private LedgerEntry change(LedgerEntryType type, long amount, UUID paymentId, long newBalance, Instant at) {
        balance = newBalance;
        return new LedgerEntry(userId, type, amount, paymentId, newBalance, at);
    }

    public long userId() {
        return userId;
    }

    public long balance() {
        return balance;
    }
}
