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
     * Records {@code event} for publication on its topic under its key. The row is written when the transaction
     * commits, with the other events it added, in one statement (it waits there for the lock on each of their keys,
     * so that per key rows are numbered in commit order); a transaction that rolls back writes none.
     *
     * @return the envelope as it will be published
     * @throws IllegalStateException when called outside a transaction, where nothing would tie it to a state change
     */
    public <E extends Event> EventEnvelope<E> add(E event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.add needs the transaction of the state change it announces");
        }
        EventEnvelope<E> envelope = EventEnvelope.of(event, clock.instant());
        rowsOfThisTransaction().add(new OutboxStore.NewRow(envelope, new String(json.write(envelope), StandardCharsets.UTF_8), tracing.current()));
        return envelope;
    }

    private WriteOnCommit rowsOfThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof WriteOnCommit rows) {
                return rows;
            }
        }
        WriteOnCommit rows = new WriteOnCommit(store, relay);
        TransactionSynchronizationManager.registerSynchronization(rows);
        return rows;
    }

    /**
     * A transaction's events, written just before it commits: one statement however many it added, and the keys' locks
     * held only from there to the commit. Then the relay is handed the rows: publish lag is milliseconds because it
     * starts as soon as they are visible to it, and cheap because it claims them by primary key instead of looking
     * for them. A write that fails fails the commit, and the transaction rolls back; so does an event added once the
     * rows are written (from another synchronization's beforeCommit), which would otherwise never be.
     */
    private static final class WriteOnCommit implements TransactionSynchronization {

        private final OutboxStore store;
        private final OutboxRelay relay;
        private final List<OutboxStore.NewRow> added = new ArrayList<>();
        private final List<Long> written = new ArrayList<>();
        private boolean writing;

        WriteOnCommit(OutboxStore store, OutboxRelay relay) {
            this.store = store;
            this.relay = relay;
        }

        void add(OutboxStore.NewRow row) {
            if (writing) {
                throw new IllegalStateException("Outbox.add after the transaction's events were written, as it commits: add "
                        + row.envelope().type() + " before the commit starts");
            }
            added.add(row);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            writing = true;
            written.addAll(store.insert(added));
        }

        @Override
        public void afterCommit() {
            relay.committed(written);
        }
    }
}
