package dev.concertsaga.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The payments this service has been told are cancelled, so that a saga step arriving after its payment's
 * cancellation does nothing: in a choreography nobody can call back a step that is already on its way.
 * <p>
 * What a caller may assume: both methods run in the caller's transaction, so a mark commits or rolls back with the
 * compensation that wrote it; the first cancellation time is kept; a mark is forgotten once it is older than
 * {@code messaging.cancelled-payments.retention} (7 days by default), so only a step that trails its cancellation by
 * less than that is refused.
 * <p>
 * It takes no lock of its own. A step that finds its payment not cancelled, and a cancellation handled at the same
 * moment on another thread, can each miss what the other has not committed yet; so callers serialise the handling of
 * one payment themselves (a row lock on what the step changes, an advisory lock per payment) and take that lock
 * before calling either method.
 */
public class CancelledPayments {

    private final JdbcClient jdbc;

    CancelledPayments(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Marks the payment cancelled.
     *
     * @return false if it was marked before; then nothing changes
     */
    public boolean record(UUID paymentId, Instant cancelledAt) {
        return jdbc.sql("""
                        INSERT INTO messaging.cancelled_payment (payment_id, cancelled_at) VALUES (:paymentId, :cancelledAt)
                        ON CONFLICT (payment_id) DO NOTHING
                        """)
                .param("paymentId", paymentId)
                .param("cancelledAt", OffsetDateTime.ofInstant(cancelledAt, ZoneOffset.UTC))
                .update() == 1;
    }

    /** Whether the payment is marked cancelled, as far as this transaction can see. */
    public boolean isCancelled(UUID paymentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM messaging.cancelled_payment WHERE payment_id = :paymentId)")
                .param("paymentId", paymentId)
                .query(Boolean.class)
                .single();
    }
}
