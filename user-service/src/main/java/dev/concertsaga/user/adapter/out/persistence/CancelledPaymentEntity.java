package dev.concertsaga.user.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Mapped so that Hibernate validates the table; rows are written by {@link CancelledPaymentRepository#insertIfAbsent}. */
@Entity
@Table(name = "cancelled_payment")
class CancelledPaymentEntity {

    @Id
    private UUID paymentId;
    private Instant cancelledAt;

    protected CancelledPaymentEntity() {
    }
}
