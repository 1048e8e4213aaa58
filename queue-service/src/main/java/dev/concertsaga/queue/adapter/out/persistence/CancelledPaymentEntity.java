package dev.concertsaga.queue.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code cancelled_payment}; rows are inserted by {@link CancelledPaymentRepository#insertIfAbsent}. */
@Entity
@Table(name = "cancelled_payment")
class CancelledPaymentEntity {

    @Id
    @Column(name = "payment_id")
    private UUID paymentId;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected CancelledPaymentEntity() {
    }
}
