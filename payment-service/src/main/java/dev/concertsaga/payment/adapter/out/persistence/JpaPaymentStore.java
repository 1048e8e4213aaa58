package dev.concertsaga.payment.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.payment.application.PaymentStore;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.payment.domain.SagaProgress;

/**
 * Payments through JPA, except the insert: ON CONFLICT DO NOTHING lets the unique constraints turn a duplicate into
 * "no row inserted" instead of an error that would abort the transaction, and JPA has no way to say it.
 */
@Component
class JpaPaymentStore implements PaymentStore {

    private static final String INSERT = """
            INSERT INTO payment (id, reservation_id, user_id, queue_token, idempotency_key, request_fingerprint, created_at,
                                 status, reservation_confirmed, token_expired, points_deducted, version)
            VALUES (:id, :reservationId, :userId, :queueToken, :idempotencyKey, :fingerprint, :createdAt,
                    :status, :reservationConfirmed, :tokenExpired, :pointsDeducted, 0)
            ON CONFLICT DO NOTHING
            """;

    private final PaymentRepository repository;
    private final JdbcClient jdbc;

    JpaPaymentStore(PaymentRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** Refused by payment_idempotency_key_unique or payment_one_active_per_reservation, the insert writes nothing. */
    @Override
    public boolean add(Payment payment) {
        PaymentRequest request = payment.request();
        SagaProgress progress = payment.state().progress();
        return jdbc.sql(INSERT)
                .param("id", payment.id())
                .param("reservationId", request.reservationId())
                .param("userId", request.userId())
                .param("queueToken", request.queueToken())
                .param("idempotencyKey", request.idempotencyKey())
                .param("fingerprint", payment.fingerprint().value())
                .param("createdAt", OffsetDateTime.ofInstant(payment.createdAt(), ZoneOffset.UTC))
                .param("status", payment.status().name())
                .param("reservationConfirmed", progress.reservationConfirmed())
                .param("tokenExpired", progress.queueTokenExpired())
                .param("pointsDeducted", progress.pointsDeducted())
                .update() == 1;
    }

    /** The row was read by {@link #lock} in this transaction, so this finds it in the persistence context, without a query. */
    @Override
    public void update(Payment payment) {
        repository.findById(payment.id()).orElseThrow().copyState(payment.state());
    }

    @Override
    public Optional<Payment> findById(UUID paymentId) {
        return repository.findById(paymentId).map(PaymentEntity::toPayment);
    }

    @Override
    public Optional<Payment> findByIdempotencyKey(String idempotencyKey) {
        return repository.findByIdempotencyKey(idempotencyKey).map(PaymentEntity::toPayment);
    }

    @Override
    public Optional<Payment> lock(UUID paymentId) {
        return repository.lockById(paymentId).map(PaymentEntity::toPayment);
    }

    @Override
    public List<Payment> lockPendingSince(Instant cutoff, int limit) {
        return repository.lockPendingSince(cutoff, limit).stream().map(PaymentEntity::toPayment).toList();
    }

    @Override
    public List<Payment> findDecided(Collection<UUID> paymentIds) {
        return repository.findByIdInAndStatusNot(paymentIds, PaymentStatus.PENDING).stream().map(PaymentEntity::toPayment).toList();
    }
}
