package dev.concertsaga.user.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.LedgerEntryType;
import dev.concertsaga.user.domain.RecordedEntry;

/** @param paymentId {@code null} for a charge */
record LedgerEntryResponse(@Schema(example = "3") long entryId,
                           @Schema(example = "USE") LedgerEntryType type,
                           @Schema(example = "80000") long amount,
                           @Schema(example = "0193a5c1-7d2e-7c3a-9a51-2f4b8e6d1c20") UUID paymentId,
                           @Schema(example = "420000") long balanceAfter,
                           @Schema(example = "2026-11-21T10:15:30.123Z") Instant occurredAt) {

    static LedgerEntryResponse of(RecordedEntry recorded) {
        LedgerEntry entry = recorded.entry();
        return new LedgerEntryResponse(recorded.entryId(), entry.type(), entry.amount(), entry.paymentId(), entry.balanceAfter(),
                entry.occurredAt());
    }
}
