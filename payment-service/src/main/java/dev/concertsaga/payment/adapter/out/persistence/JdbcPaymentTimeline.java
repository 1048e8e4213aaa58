package dev.concertsaga.payment.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
    private final TransactionWrites writes;

    JdbcPaymentTimeline(JdbcClient jdbc, MessageTracing tracing, TransactionWrites writes) {
        this.jdbc = jdbc;
        this.tracing = tracing;
        this.writes = writes;
    }

    /** Kept until just before the commit when in a transaction ({@link TransactionWrites}); the trace is this one. */
    @Override
    public void append(SeenEvent event, Instant recordedAt) {
        writes.append(new TransactionWrites.TimelineRow(event.paymentId(), event.eventId(), event.type(), event.occurredAt(), recordedAt,
                event.detail(), tracing.currentTraceId()));
    }

    @Override
    public List<TimelineEntry> entriesOf(UUID paymentId) {
        writes.flush();
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
