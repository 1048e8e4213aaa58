package dev.concertsaga.messaging;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox's backlog as gauges: rows waiting for the relay, and the age of the oldest. Both read one summary
 * query, run at most once a second however often and however many gauges are scraped.
 */
final class OutboxBacklogMeters {

    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final OutboxStore store;
    private OutboxStore.Backlog last = new OutboxStore.Backlog(0, 0);
    private long readAt = System.nanoTime() - FRESH_NANOS;

    private OutboxBacklogMeters(OutboxStore store) {
        this.store = store;
    }

    static void register(OutboxStore store, MeterRegistry meters) {
        OutboxBacklogMeters backlog = new OutboxBacklogMeters(store);
        Gauge.builder("outbox.backlog.rows", backlog, b -> b.read().rows())
                .description("Outbox rows waiting for the relay")
                .register(meters);
        Gauge.builder("outbox.oldest.age", backlog, b -> b.read().oldestAgeMillis() / 1000.0)
                .description("Age of the oldest outbox row waiting for the relay")
                .baseUnit("seconds")
                .register(meters);
    }

    private synchronized OutboxStore.Backlog read() {
        if (System.nanoTime() - readAt >= FRESH_NANOS) {
            last = store.backlogSummary();
            readAt = System.nanoTime();
        }
        return last;
    }
}
