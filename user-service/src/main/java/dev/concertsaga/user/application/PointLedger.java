package dev.concertsaga.user.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.LedgerEntryType;
import dev.concertsaga.user.domain.RecordedEntry;

/** Every change of every balance, with the payment it belongs to. */
public interface PointLedger {

    void append(LedgerEntry entry);

    /** The USE or REFUND of a payment, if it happened: there is at most one of each. */
    Optional<LedgerEntry> find(UUID paymentId, LedgerEntryType type);

    /** A user's latest entries, newest first. */
    List<RecordedEntry> latest(long userId, int limit);
}
