package dev.concertsaga.payment.application;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on a payment's timeline.
 *
 * @param occurredAt when the event's producer made the change
 * @param recordedAt when payment-service recorded it; the gap is the time the event spent travelling
 * @param detail     a short human-readable summary (a reason, an amount), or null
 * @param traceId    the trace payment-service recorded it in, the payment's trace; null if it was not traced
 */
public record TimelineEntry(String type, UUID eventId, Instant occurredAt, Instant recordedAt, String detail, String traceId) {
}
