package dev.concertsaga.user.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CancelledPaymentRepository extends JpaRepository<CancelledPaymentEntity, UUID> {

    /** Keeps the first cancellation time; a repeat, even a concurrent one, is not an error. */
    @Modifying
    @Query(value = "INSERT INTO cancelled_payment (payment_id, cancelled_at) VALUES (:paymentId, :cancelledAt) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void insertIfAbsent(UUID paymentId, Instant cancelledAt);
}
