package dev.concertsaga.payment.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.payment.application.PaymentFilter;
import dev.concertsaga.payment.application.PaymentStore;
import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentMethod;
import dev.concertsaga.payment.domain.PaymentRequest;
import dev.concertsaga.payment.domain.PaymentState;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.payment.domain.RequestFingerprint;
import dev.concertsaga.payment.domain.SagaProgress;

/**
 * The {@code payment} row in plain SQL; the domain's {@link Payment} is copied in and out. The insert says ON CONFLICT
 * DO NOTHING: the unique constraints then turn a duplicate into "no row inserted" instead of an error that would abort
 * the transaction. In a transaction, a payment locked is read once and its updates are written just before the commit
 * ({@link TransactionWrites}).
 */
@Component
class JdbcPaymentStore implements PaymentStore {

    private final JdbcClient jdbc;
    private final TransactionWrites writes;

    JdbcPaymentStore(JdbcClient jdbc, TransactionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** Refused by payment_idempotency_key_unique or payment_one_active_per_reservation, the insert writes nothing. */
    @Override
    public boolean add(Payment payment) {
        PaymentRequest request = payment.request();
        SagaProgress progress = payment.state().progress();
        writes.flush();
        return jdbc.sql("""
                        INSERT INTO payment (id, reservation_id, user_id, queue_token, idempotency_key, request_fingerprint, created_at,
                                             status, reservation_confirmed, token_expired, points_deducted, card_charged,
                                             method, card_token, version)
                        VALUES (:id, :reservationId, :userId, :queueToken, :idempotencyKey, :fingerprint, :createdAt,
                                :status, :reservationConfirmed, :tokenExpired, :pointsDeducted, :cardCharged,
                                :method, :cardToken, 0)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", payment.id())
                .param("reservationId", request.reservationId())
                .param("userId", request.userId())
                .param("queueToken", request.queueToken())
                .param("idempotencyKey", request.idempotencyKey())
                .param("fingerprint", payment.fingerprint().value())
                .param("createdAt", timestamp(payment.createdAt()))
                .param("status", payment.status().name())
                .param("reservationConfirmed", progress.reservationConfirmed())
                .param("tokenExpired", progress.queueTokenExpired())
                .param("pointsDeducted", progress.pointsDeducted())
                .param("cardCharged", progress.cardCharged())
                .param("method", request.method().name())
                .param("cardToken", request.cardToken())
                .update() == 1;
    }

    /** Kept until just before the commit when in a transaction ({@link TransactionWrites}). */
    @Override
    public void update(Payment payment) {
        writes.update(payment);
    }

    @Override
    public Optional<Payment> findById(UUID paymentId) {
        Optional<Payment> locked = writes.locked(paymentId);
        if (locked.isPresent()) {
            return locked;
        }
        writes.flush();
        return jdbc.sql("SELECT * FROM payment WHERE id = :id")
                .param("id", paymentId)
                .query(JdbcPaymentStore::payment)
                .optional();
    }

    @Override
    public Optional<Payment> findByIdempotencyKey(String idempotencyKey) {
        writes.flush();
        return jdbc.sql("SELECT * FROM payment WHERE idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(JdbcPaymentStore::payment)
                .optional();
    }

    @Override
    public Optional<Payment> lock(UUID paymentId) {
        Optional<Payment> locked = writes.locked(paymentId);
        if (locked.isPresent()) {
            return locked;
        }
        writes.flush();
        Optional<Payment> found = jdbc.sql("SELECT * FROM payment WHERE id = :id FOR UPDATE")
                .param("id", paymentId)
                .query(JdbcPaymentStore::payment)
                .optional();
        found.ifPresent(payment -> writes.lockedNow(List.of(payment)));
        return found;
    }

    /** In id order, as every statement here that locks several payments and waits for them. */
    @Override
    public void lockAll(Collection<UUID> paymentIds) {
        List<UUID> missing = paymentIds.stream().filter(id -> writes.locked(id).isEmpty()).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        writes.flush();
        writes.lockedNow(jdbc.sql("SELECT * FROM payment WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .param("ids", missing)
                .query(JdbcPaymentStore::payment)
                .list());
    }

    /** Oldest first, served by the partial index payment_pending_by_age; SKIP LOCKED lets instances share the work. */
    @Override
    public List<Payment> lockPendingSince(Instant cutoff, int limit) {
        writes.flush();
        List<Payment> locked = jdbc.sql("""
                        SELECT * FROM payment
                        WHERE status = 'PENDING' AND created_at < :cutoff
                        ORDER BY created_at
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("cutoff", timestamp(cutoff))
                .param("limit", limit)
                .query(JdbcPaymentStore::payment)
                .list();
        writes.lockedNow(locked);
        return locked;
    }

    /**
     * The WHERE clause names only the filters given, so each combination gets a plan that uses its index
     * (V3__payment_list_indexes.sql), never a generic one for "status = :status OR :status IS NULL".
     */
    @Override
    public List<Payment> findNewestFirst(PaymentFilter filter, UUID before, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        if (filter.failedStep() != null) {
            params.put("failed_step", filter.failedStep().name());
        }
        if (filter.userId() != null) {
            params.put("user_id", filter.userId());
        }
        List<String> conditions = new ArrayList<>(params.keySet().stream().map(column -> column + " = :" + column).toList());
        if (before != null) {
            params.put("before", before);
            conditions.add("id < :before");
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        writes.flush();
        return jdbc.sql("SELECT * FROM payment " + where + " ORDER BY id DESC LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query(JdbcPaymentStore::payment)
                .list();
    }

    /** IN () is not SQL, so no ids asks nothing of the database. */
    @Override
    public List<Payment> findDecided(Collection<UUID> paymentIds) {
        if (paymentIds.isEmpty()) {
            return List.of();
        }
        writes.flush();
        return jdbc.sql("SELECT * FROM payment WHERE id IN (:ids) AND status <> 'PENDING'")
                .param("ids", paymentIds)
                .query(JdbcPaymentStore::payment)
                .list();
    }

    private static Payment payment(ResultSet row, int rowNumber) throws SQLException {
        SagaProgress progress = new SagaProgress(row.getBoolean("reservation_confirmed"), row.getBoolean("token_expired"),
                row.getBoolean("points_deducted"), row.getBoolean("card_charged"));
        PaymentState state = new PaymentState(PaymentStatus.valueOf(row.getString("status")), row.getObject("amount", Long.class),
                progress, enumValue(CancellationReason.class, row.getString("failure_reason")),
                enumValue(FailedStep.class, row.getString("failed_step")), instant(row, "completed_at"), instant(row, "cancelled_at"));
        PaymentRequest request = new PaymentRequest(row.getObject("reservation_id", UUID.class), row.getLong("user_id"),
                row.getObject("queue_token", UUID.class), row.getString("idempotency_key"),
                PaymentMethod.valueOf(row.getString("method")), row.getString("card_token"));
        return new Payment(row.getObject("id", UUID.class), request, new RequestFingerprint(row.getString("request_fingerprint")),
                instant(row, "created_at"), state);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
