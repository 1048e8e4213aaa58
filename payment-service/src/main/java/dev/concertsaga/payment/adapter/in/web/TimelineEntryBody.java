package dev.concertsaga.payment.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.payment.application.TimelineEntry;

/** One line of {@code GET /api/v1/payments/{paymentId}/timeline}. */
record TimelineEntryBody(@Schema(description = "The event type.", example = "ReservationConfirmed") String type,
                         @Schema(example = "0193a5c2-3b4c-7d5e-8f60-718293a4b5c6") UUID eventId,
                         @Schema(description = "When its producer made the change.", example = "2026-11-21T10:15:30.141Z") Instant occurredAt,
                         @Schema(description = "When payment-service recorded it.", example = "2026-11-21T10:15:30.152Z") Instant recordedAt,
                         @Schema(description = "A short summary for people, or null.", example = "amount 80000, seat 12") String detail,
                         @Schema(description = "The trace this event belongs to (open it in the trace UI), or null if it was not traced.",
                                 example = "6745a1f2c3d4e5f60718293a4b5c6d7e") String traceId) {

    static TimelineEntryBody of(TimelineEntry entry) {
        return new TimelineEntryBody(entry.type(), entry.eventId(), entry.occurredAt(), entry.recordedAt(), entry.detail(), entry.traceId());
    }
}
