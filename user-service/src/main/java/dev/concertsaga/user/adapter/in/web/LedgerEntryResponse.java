package dev.concertsaga.user.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.LedgerEntryType;
import dev.concertsaga.user.domain.RecordedEntry;

/** @param paymentId {@code null} for a charge */
record LedgerEntryResponse(long entryId, LedgerEntryType type, long amount, UUID paymentId, long balanceAfter, Instant occurredAt) {

    static LedgerEntryResponse of(RecordedEntry recorded) {
        LedgerEntry entry = recorded.entry();
        return new LedgerEntryResponse(recorded.entryId(), entry.type(), entry.amount(), entry.paymentId(), entry.balanceAfter(),
                entry.occurredAt());
    }
}
