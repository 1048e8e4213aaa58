package dev.concertsaga.queue.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.queue.application.Payments;

@Component
class JdbcPayments implements Payments {

    private final JdbcClient jdbc;
    private final AdvisoryLocks locks;

    JdbcPayments(JdbcClient jdbc, AdvisoryLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    @Override
    public void lock(UUID paymentId) {
        locks.lock("queue-service/payment/" + paymentId);
    }

    @Override
    public boolean isCancelled(UUID paymentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cancelled_payment WHERE payment_id = :paymentId)")
                .param("paymentId", paymentId)
                .query(Boolean.class)
                .single();
    }

    /** ON CONFLICT makes a cancellation delivered again a no-op rather than an error. */
    @Override
    public boolean recordCancelled(UUID paymentId, Instant cancelledAt) {
        return jdbc.sql("""
                        INSERT INTO cancelled_payment (payment_id, cancelled_at) VALUES (:paymentId, :cancelledAt)
                        ON CONFLICT (payment_id) DO NOTHING
                        """)
                .param("paymentId", paymentId)
                .param("cancelledAt", OffsetDateTime.ofInstant(cancelledAt, ZoneOffset.UTC))
                .update() == 1;
    }
}
