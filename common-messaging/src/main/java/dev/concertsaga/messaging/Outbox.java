package dev.concertsaga.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;

/**
 * Where a use case puts the events its state change announces. The event is written in the caller's transaction,
 * so it is published exactly when that transaction commits, and never when it rolls back.
 */
public class Outbox {

    private final OutboxStore store;
    private final OutboxRelay relay;
    private final EventJson json;
    private final Clock clock;
    private final MessageTracing tracing;

    Outbox(OutboxStore store, OutboxRelay relay, EventJson json, Clock clock, MessageTracing tracing) {
        this.tracing = tracing;
        this.store = store;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records {@code event} for publication on its topic under its key.
     *
     * @return the envelope as it will be published
     * @throws IllegalStateException when called outside a transaction, where nothing would tie it to a state change
     */
    public <E extends Event> EventEnvelope<E> add(E event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.add needs the transaction of the state change it announces");
        }
        EventEnvelope<E> envelope = EventEnvelope.of(event, clock.instant());
        long id = store.insert(envelope, new String(json.write(envelope), StandardCharsets.UTF_8), tracing.current());
        rowsOfThisTransaction().add(id);
        return envelope;
    }

    private List<Long> rowsOfThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof HandRowsToRelayOnCommit handOver) {
                return handOver.ids();
            }
        }
        HandRowsToRelayOnCommit handOver = new HandRowsToRelayOnCommit(relay, new ArrayList<>());
        TransactionSynchronizationManager.registerSynchronization(handOver);
        return handOver.ids();
    }

    /**
     * Publish lag is milliseconds because the relay starts as soon as the rows are visible to it, and cheap because
     * it is told which rows they are: it claims them by primary key instead of looking for them.
     */
    private record HandRowsToRelayOnCommit(OutboxRelay relay, List<Long> ids) implements TransactionSynchronization {

        @Override
        public void afterCommit() {
            relay.committed(ids);
        }
    }
}
