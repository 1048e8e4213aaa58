package dev.concertsaga.queue.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CancelledPaymentRepository extends JpaRepository<CancelledPaymentEntity, UUID> {

    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT INTO cancelled_payment (payment_id, cancelled_at) VALUES (:paymentId, :cancelledAt)
            ON CONFLICT (payment_id) DO NOTHING""")
    int insertIfAbsent(UUID paymentId, Instant cancelledAt);
}
