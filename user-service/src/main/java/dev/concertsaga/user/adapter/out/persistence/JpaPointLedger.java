package dev.concertsaga.user.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Repository;

import dev.concertsaga.user.application.PointLedger;
import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.LedgerEntryType;
import dev.concertsaga.user.domain.RecordedEntry;

@Repository
class JpaPointLedger implements PointLedger {

    private final LedgerEntryRepository entries;

    JpaPointLedger(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public void append(LedgerEntry entry) {
        entries.save(new LedgerEntryEntity(entry));
    }

    @Override
    public Optional<LedgerEntry> find(UUID paymentId, LedgerEntryType type) {
        return entries.findByPaymentIdAndType(paymentId, type).map(LedgerEntryEntity::toEntry);
    }

    @Override
    public List<RecordedEntry> latest(long userId, int limit) {
        return entries.findByUserIdOrderByIdDesc(userId, Limit.of(limit)).stream().map(LedgerEntryEntity::toRecorded).toList();
    }
}
