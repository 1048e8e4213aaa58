package dev.concertsaga.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the plumbing's memories bounded: applied event ids and cancelled payments are forgotten once they are older
 * than anything late can be, a batch at a time.
 */
class MessagingJanitor implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingJanitor.class);

    /** A table in schema {@code messaging} whose rows are forgotten {@code retention} after their {@code timeColumn}. */
    record RetainedTable(String name, String timeColumn, Duration retention, Duration cleanupInterval, int batchSize) {
    }

    private final JdbcClient jdbc;
    private final List<RetainedTable> tables;
    private ScheduledExecutorService executor;

    MessagingJanitor(DataSource dataSource, List<RetainedTable> tables) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tables = List.copyOf(tables);
    }

    int removeExpired() {
        return tables.stream().mapToInt(this::removeExpired).sum();
    }

    int removeExpired(RetainedTable table) {
        int removed = 0;
        int batch;
        do {
            batch = removeBatch(table);
            removed += batch;
        } while (batch == table.batchSize());
        LOG.debug("Removed {} rows of messaging.{} older than {}", removed, table.name(), table.retention());
        return removed;
    }

    /**
     * One short statement per batch, outside any transaction, so a large backlog never holds many locks for long;
     * SKIP LOCKED lets the janitors of several instances share the work instead of waiting for each other.
     */
    private int removeBatch(RetainedTable table) {
        return jdbc.sql("DELETE FROM messaging." + table.name() + " WHERE ctid = ANY (ARRAY("
                        + "SELECT ctid FROM messaging." + table.name()
                        + " WHERE " + table.timeColumn() + " < now() - :retentionMillis * interval '1 millisecond'"
                        + " LIMIT :batchSize FOR UPDATE SKIP LOCKED))")
                .param("retentionMillis", table.retention().toMillis())
                .param("batchSize", table.batchSize())
                .update();
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(BackgroundWork.threadFactory("messaging-janitor"));
        for (RetainedTable table : tables) {
            long every = table.cleanupInterval().toMillis();
            executor.scheduleWithFixedDelay(() -> removeExpiredQuietly(table), every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void removeExpiredQuietly(RetainedTable table) {
        try {
            removeExpired(table);
        } catch (RuntimeException e) {
            LOG.warn("Cleanup of messaging.{} failed; trying again in {}: {}", table.name(), table.cleanupInterval(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
