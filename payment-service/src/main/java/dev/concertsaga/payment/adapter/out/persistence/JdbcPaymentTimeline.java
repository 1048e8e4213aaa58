package dev.concertsaga.payment.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.messaging.MessageTracing;
import dev.concertsaga.payment.application.PaymentTimeline;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.TimelineEntry;

/** An append-only table: plain SQL says it best, and ON CONFLICT makes a repeated event a no-op rather than an error. */
@Component
class JdbcPaymentTimeline implements PaymentTimeline {

    private final JdbcClient jdbc;
    private final MessageTracing tracing;

    JdbcPaymentTimeline(JdbcClient jdbc, MessageTracing tracing) {
        this.jdbc = jdbc;
        this.tracing = tracing;
    }

    @Override
    public void append(SeenEvent event, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO payment_timeline (payment_id, event_id, event_type, occurred_at, recorded_at, detail, trace_id)
                        VALUES (:paymentId, :eventId, :type, :occurredAt, :recordedAt, :detail, :traceId)
                        ON CONFLICT (payment_id, event_id) DO NOTHING
                        """)
                .param("paymentId", event.paymentId())
                .param("eventId", event.eventId())
                .param("type", event.type())
                .param("occurredAt", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                .param("recordedAt", OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
                .param("detail", event.detail())
                .param("traceId", tracing.currentTraceId(), Types.VARCHAR)
                .update();
    }

    @Override
    public List<TimelineEntry> entriesOf(UUID paymentId) {
        return jdbc.sql("""
                        SELECT event_type, event_id, occurred_at, recorded_at, detail, trace_id FROM payment_timeline
                        WHERE payment_id = :paymentId ORDER BY id
                        """)
                .param("paymentId", paymentId)
                .query(JdbcPaymentTimeline::entry)
                .list();
    }

    private static TimelineEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new TimelineEntry(row.getString("event_type"), row.getObject("event_id", UUID.class),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("detail"), row.getString("trace_id"));
    }
}
