package dev.concertsaga.user.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.LedgerEntryType;
import dev.concertsaga.user.domain.RecordedEntry;

@Entity
@Table(name = "point_ledger")
class LedgerEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    @Enumerated(EnumType.STRING)
    private LedgerEntryType type;
    private long amount;
    private UUID paymentId;
    private long balanceAfter;
    private Instant occurredAt;

    protected LedgerEntryEntity() {
    }

    LedgerEntryEntity(LedgerEntry entry) {
        this.userId = entry.userId();
        this.type = entry.type();
        this.amount = entry.amount();
        this.paymentId = entry.paymentId();
        this.balanceAfter = entry.balanceAfter();
        this.occurredAt = entry.occurredAt();
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(userId, type, amount, paymentId, balanceAfter, occurredAt);
    }

    RecordedEntry toRecorded() {
        return new RecordedEntry(id, toEntry());
    }
}
