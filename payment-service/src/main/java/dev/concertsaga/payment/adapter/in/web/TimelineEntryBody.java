package dev.concertsaga.payment.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import dev.concertsaga.payment.application.TimelineEntry;

/** One line of {@code GET /api/v1/payments/{paymentId}/timeline}. */
record TimelineEntryBody(String type, UUID eventId, Instant occurredAt, Instant recordedAt, String detail, String traceId) {

    static TimelineEntryBody of(TimelineEntry entry) {
        return new TimelineEntryBody(entry.type(), entry.eventId(), entry.occurredAt(), entry.recordedAt(), entry.detail(), entry.traceId());
    }
}
