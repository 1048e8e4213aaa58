package dev.concertsaga.payment.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import dev.concertsaga.payment.domain.PaymentStatus;

interface PaymentRepository extends JpaRepository<PaymentEntity, UUID> {

    Optional<PaymentEntity> findByIdempotencyKey(String idempotencyKey);

    /** SELECT … FOR UPDATE. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT p FROM PaymentEntity p WHERE p.id = :id")
    Optional<PaymentEntity> lockById(UUID id);

    /** Oldest first, served by the partial index payment_pending_by_age; SKIP LOCKED lets instances share the work. */
    @Query(nativeQuery = true, value = """
            SELECT * FROM payment
            WHERE status = 'PENDING' AND created_at < :cutoff
            ORDER BY created_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """)
    List<PaymentEntity> lockPendingSince(Instant cutoff, int limit);

    List<PaymentEntity> findByIdInAndStatusNot(Collection<UUID> ids, PaymentStatus status);
}
