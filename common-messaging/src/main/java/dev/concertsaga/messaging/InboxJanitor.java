package dev.concertsaga.messaging;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forgets applied event ids once they are older than any redelivery can be, so the inbox stays bounded. */
class InboxJanitor implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(InboxJanitor.class);

    private final JdbcClient jdbc;
    private final MessagingProperties.Inbox settings;
    private ScheduledExecutorService executor;

    InboxJanitor(DataSource dataSource, MessagingProperties.Inbox settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = settings;
    }

    int removeExpired() {
        int removed = jdbc.sql("DELETE FROM messaging.inbox WHERE processed_at < now() - :retentionMillis * interval '1 millisecond'")
                .param("retentionMillis", settings.retention().toMillis())
                .update();
        LOG.debug("Removed {} inbox entries older than {}", removed, settings.retention());
        return removed;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(BackgroundWork.threadFactory("inbox-janitor"));
        long every = settings.cleanupInterval().toMillis();
        executor.scheduleWithFixedDelay(this::removeExpiredQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void removeExpiredQuietly() {
        try {
            removeExpired();
        } catch (RuntimeException e) {
            LOG.warn("Inbox cleanup failed; trying again in {}: {}", settings.cleanupInterval(), e.getMessage());
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
