package dev.concertsaga.user.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.user.application.CancelledPayments;

@Component
class JdbcCancelledPayments implements CancelledPayments {

    private final JdbcClient jdbc;

    JdbcCancelledPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the first cancellation time; a repeat, even a concurrent one, is not an error. */
    @Override
    public void remember(UUID paymentId, Instant cancelledAt) {
        jdbc.sql("""
                        INSERT INTO cancelled_payment (payment_id, cancelled_at) VALUES (:paymentId, :cancelledAt)
                        ON CONFLICT DO NOTHING
                        """)
                .param("paymentId", paymentId)
                .param("cancelledAt", OffsetDateTime.ofInstant(cancelledAt, ZoneOffset.UTC))
                .update();
    }

    @Override
    public boolean isCancelled(UUID paymentId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM cancelled_payment WHERE payment_id = :paymentId)
                        """)
                .param("paymentId", paymentId)
                .query(Boolean.class)
                .single();
    }
}
