package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CancelledPaymentRepository extends Repository<CancelledPaymentEntity, UUID> {

    boolean existsById(UUID paymentId);

    @Modifying
    @Query(value = "INSERT INTO cancelled_payment (payment_id, cancelled_at) VALUES (:paymentId, :cancelledAt) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void insertIfAbsent(UUID paymentId, Instant cancelledAt);
}
