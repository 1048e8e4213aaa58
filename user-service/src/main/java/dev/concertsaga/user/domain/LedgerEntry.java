package dev.concertsaga.user.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of a user's balance, as the ledger keeps it.
 *
 * @param paymentId    the payment a USE or REFUND belongs to; {@code null} for a CHARGE
 * @param balanceAfter the balance right after this change
 */
public record LedgerEntry(long userId, LedgerEntryType type, long amount, UUID paymentId, long balanceAfter, Instant occurredAt) {

    public LedgerEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (amount < 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("amount and balance are never negative: " + amount + ", " + balanceAfter);
        }
        if ((type == LedgerEntryType.CHARGE) != (paymentId == null)) {
            throw new IllegalArgumentException("a " + type + (paymentId == null ? " needs" : " has no") + " payment");
        }
    }
}
