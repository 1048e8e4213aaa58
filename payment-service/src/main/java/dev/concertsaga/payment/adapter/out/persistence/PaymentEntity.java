package dev.concertsaga.payment.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;
import dev.concertsaga.payment.domain.PaymentState;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.payment.domain.RequestFingerprint;
import dev.concertsaga.payment.domain.SagaProgress;

/** The {@code payment} row, as the saga reads and updates it; the domain's {@link Payment} is copied in and out. */
@Entity
@Table(name = "payment")
class PaymentEntity {

    @Id
    private UUID id;
    private UUID reservationId;
    private long userId;
    private UUID queueToken;
    private String idempotencyKey;
    private String requestFingerprint;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    private Long amount;
    @Enumerated(EnumType.STRING)
    private FailureReason failureReason;
    @Enumerated(EnumType.STRING)
    private FailedStep failedStep;
    private boolean reservationConfirmed;
    private boolean tokenExpired;
    private boolean pointsDeducted;
    private Instant completedAt;
    private Instant cancelledAt;
    /** Checked on every update: a second guard behind the row lock that every writer takes. */
    @Version
    private Long version;

    protected PaymentEntity() {
    }

    void copyState(PaymentState state) {
        status = state.status();
        amount = state.amount();
        failureReason = state.failureReason();
        failedStep = state.failedStep();
        reservationConfirmed = state.progress().reservationConfirmed();
        tokenExpired = state.progress().queueTokenExpired();
        pointsDeducted = state.progress().pointsDeducted();
        completedAt = state.completedAt();
        cancelledAt = state.cancelledAt();
    }

    Payment toPayment() {
        PaymentState state = new PaymentState(status, amount, new SagaProgress(reservationConfirmed, tokenExpired, pointsDeducted),
                failureReason, failedStep, completedAt, cancelledAt);
        return new Payment(id, new PaymentRequest(reservationId, userId, queueToken, idempotencyKey),
                new RequestFingerprint(requestFingerprint), createdAt, state);
    }
}
