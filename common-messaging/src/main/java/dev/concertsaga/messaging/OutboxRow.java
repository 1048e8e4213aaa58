package dev.concertsaga.messaging;

import java.time.Instant;

/** A claimed outbox row, as the relay sends it. */
record OutboxRow(long id, String topic, String key, String eventType, String payload, Instant createdAt, TraceHeaders trace) {
}
