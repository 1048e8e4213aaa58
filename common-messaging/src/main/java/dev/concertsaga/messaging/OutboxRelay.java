package dev.concertsaga.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaOperations;

import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.Uuids;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Publishes committed outbox rows: claim a batch (a short statement, no transaction held), send it, wait for the
 * broker's acknowledgements; the next claim deletes what was acknowledged, or, when no claim comes within
 * {@link #DELETE_WITHIN}, a delete of its own. A commit wakes it at once and hands it the ids of its rows, which it
 * claims by primary key; looking through the table every poll interval is the safety net.
 * <p>
 * If this instance dies between sending and deleting, its lease runs out and the rows are sent again; consumers
 * deduplicate by eventId. Failed sends are released and retried after a pause, so nothing is lost or skipped.
 */
class OutboxRelay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    /**
     * How long acknowledged rows may wait for the next claim to delete them. Under load a claim comes within
     * milliseconds, and one statement and one commit per relay cycle are saved; idle, they go in a delete of their own.
     * Kept short: until then another relay cannot take up the later rows of their keys.
     */
    static final Duration DELETE_WITHIN = Duration.ofMillis(20);

    private final OutboxStore store;
    private final KafkaOperations<Object, Object> kafka;
    private final MessagingProperties.Relay settings;
    private final MessageTracing tracing;
    private final Timer publishLag;
    private final UUID owner = Uuids.timeOrdered();
    private final Semaphore wakeUps = new Semaphore(0);
    private final CommittedRows committed;
    /** Rows the broker has acknowledged, to be deleted by the next claim; touched by the relay's thread alone. */
    private final List<Long> published = new ArrayList<>();
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(OutboxStore store, KafkaOperations<Object, Object> kafka, MessagingProperties.Relay settings, MeterRegistry meters,
                MessageTracing tracing) {
        this.store = store;
        this.tracing = tracing;
        this.kafka = kafka;
        this.settings = settings;
        this.committed = new CommittedRows(settings.batchSize() * 20);
        this.publishLag = Timer.builder("outbox.publish.lag")
                .description("From an outbox row's insert to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    /** Called after a transaction that wrote outbox rows commits, with their ids. */
    void committed(List<Long> ids) {
        if (running) {
            committed.add(ids);
            wakeUps.release();
        }
    }

    /**
     * Looks through the table for publishable rows, then claims and sends one batch of them (deleting, in the same
     * claim, what the relay published before); returns how many rows were published. The safety net: it finds the rows
     * no commit in this process handed over (written by another instance, sent by a relay that died, left when a send
     * failed).
     */
    int publishBatch() {
        // Every id handed over so far belongs to a committed row, which this claim sees: they need no claim of their own.
        committed.clear();
        List<OutboxRow> rows = store.claim(owner, settings.batchSize(), settings.lease(), published);
        published.clear();
        return publish(rows);
    }

    /** Publishes what it can of the rows handed over at commit; false when some of them are left for a look through the table. */
    private boolean publishCommitted() {
        List<Long> ids = committed.take(settings.batchSize());
        List<OutboxRow> rows = store.claimCommitted(owner, ids, settings.batchSize(), settings.lease(), published);
        published.clear();
        boolean claimedAll = rows.stream().map(OutboxRow::id).collect(Collectors.toSet()).containsAll(ids);
        publish(rows);
        return claimedAll;
    }

    private int publish(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> sends = rows.stream().<CompletableFuture<?>>map(this::send).toList();
        long deadline = System.nanoTime() + settings.sendTimeout().plusSeconds(1).toNanos();
        List<Long> failed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            if (acknowledged(sends.get(i), deadline)) {
                published.add(row.id());
                publishLag.record(Duration.between(row.createdAt(), Instant.now()));
            } else {
                failed.add(row.id());
            }
        }
        if (!failed.isEmpty()) {
            store.release(owner, failed);
            throw new IllegalStateException(failed.size() + " of " + rows.size() + " outbox rows were not acknowledged; they will be sent again");
        }
        return rows.size();
    }

    /** Deletes the acknowledged rows no claim took along. */
    private void deletePublished() {
        store.delete(published);
        published.clear();
    }

    private CompletableFuture<?> send(OutboxRow row) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>(row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventJson.TYPE_HEADER, row.eventType().getBytes(StandardCharsets.UTF_8));
        return tracing.send(row, record, kafka);
    }

    private static boolean acknowledged(CompletableFuture<?> send, long deadline) {
        try {
            send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warn("Outbox send failed: {}", e.getMessage());
            return false;
        }
    }

    /*
     * Rows handed over at commit are claimed by primary key as they come. The table is looked through every poll
     * interval, at once after a failure or when handed-over rows could not all be claimed or kept, and again at once
     * while it yields full batches (a backlog).
     */
    private void run() {
        Duration failurePause = settings.pollInterval();
        long lookAt = System.nanoTime();
        while (running) {
            try {
                if (System.nanoTime() - lookAt >= 0 || committed.droppedAny()) {
                    boolean full = publishBatch() == settings.batchSize();
                    lookAt = System.nanoTime() + (full ? 0 : settings.pollInterval().toNanos());
                } else if (!committed.isEmpty()) {
                    if (!publishCommitted()) {
                        lookAt = Math.min(lookAt, System.nanoTime() + settings.pollInterval().toNanos() / 10);
                    }
                } else if (!published.isEmpty()) {
                    deletePublished();
                }
                failurePause = settings.pollInterval();
                long untilLook = lookAt - System.nanoTime();
                if (committed.isEmpty() && untilLook > 0) {
                    awaitWakeUp(published.isEmpty() ? Duration.ofNanos(untilLook) : min(Duration.ofNanos(untilLook), DELETE_WITHIN));
                }
            } catch (RuntimeException e) {
                LOG.warn("Outbox relay failed, retrying in {}: {}", failurePause, e.getMessage());
                awaitWakeUp(failurePause);
                failurePause = min(failurePause.multipliedBy(2), settings.sendTimeout());
                lookAt = System.nanoTime();
            }
        }
        try {
            deletePublished();
        } catch (RuntimeException e) {
            LOG.warn("Outbox relay stopped with {} published rows not deleted; their lease runs out and they are sent again: {}",
                    published.size(), e.getMessage());
        }
    }

    private void awaitWakeUp(Duration atMost) {
        try {
            if (wakeUps.tryAcquire(atMost.toNanos(), TimeUnit.NANOSECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        running = true;
        worker = BackgroundWork.relayThreadFactory("outbox-relay").newThread(this::run);
        worker.start();
    }

    /** Lets the batch in flight finish, so its rows are deleted rather than left to a lease. */
    @Override
    public void stop() {
        if (worker == null) {
            return;
        }
        running = false;
        wakeUps.release();
        try {
            worker.join(settings.sendTimeout().plusSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isAutoStartup() {
        return settings.autoStartup();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the listeners and stops after them, so what they write on the way down is still published. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
