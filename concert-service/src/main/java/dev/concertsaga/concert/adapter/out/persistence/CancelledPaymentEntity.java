package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Written only by an insert that ignores repeats, never through the entity. */
@Entity
@Table(name = "cancelled_payment")
class CancelledPaymentEntity {

    @Id
    private UUID paymentId;
    private Instant cancelledAt;

    protected CancelledPaymentEntity() {
    }
}
