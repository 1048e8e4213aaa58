package dev.concertsaga.messaging;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.events.EventEnvelope;

/**
 * Applies each event once although Kafka delivers at least once: the event's id is recorded in the same transaction
 * as its effect, so a repeat finds it and is skipped, and a failed effect leaves no record behind.
 */
public class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Inbox(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs {@code effect} in a new transaction unless {@code consumer} has already applied this event.
     *
     * @param consumer names the handler, so two handlers of one event in a service each apply it once
     * @return whether the effect ran (false for a repeat)
     */
    public boolean once(String consumer, EventEnvelope<?> envelope, Runnable effect) {
        Boolean applied = transaction.execute(status -> {
            if (!firstTime(consumer, envelope)) {
                LOG.debug("{} skips {} {}: already applied", consumer, envelope.type(), envelope.eventId());
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    private boolean firstTime(String consumer, EventEnvelope<?> envelope) {
        return jdbc.sql("INSERT INTO messaging.inbox (consumer, event_id) VALUES (:consumer, :eventId) ON CONFLICT DO NOTHING")
                .param("consumer", consumer)
                .param("eventId", envelope.eventId())
                .update() == 1;
    }
}
