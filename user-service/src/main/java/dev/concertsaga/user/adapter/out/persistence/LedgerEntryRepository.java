package dev.concertsaga.user.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import dev.concertsaga.user.domain.LedgerEntryType;

interface LedgerEntryRepository extends JpaRepository<LedgerEntryEntity, Long> {

    Optional<LedgerEntryEntity> findByPaymentIdAndType(UUID paymentId, LedgerEntryType type);

    List<LedgerEntryEntity> findByUserIdOrderByIdDesc(long userId, Limit limit);
}
