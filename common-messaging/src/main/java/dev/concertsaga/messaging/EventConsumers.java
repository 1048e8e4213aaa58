package dev.concertsaga.messaging;

import java.util.Comparator;
import java.util.UUID;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;

/** Makes the {@link EventConsumer}s that a service's listeners hand their records to. */
public final class EventConsumers {

    private final Inbox inbox;
    private final MessageTracing tracing;

    EventConsumers(Inbox inbox, MessageTracing tracing) {
        this.inbox = inbox;
        this.tracing = tracing;
    }

    /**
     * A consumer that applies a poll's events in the order they came.
     *
     * @param name     names the consumer in the inbox, so two consumers of one event in a service each apply it once
     * @param handlers what each event type of the topic does here
     */
    public <E extends Event> EventConsumer<E> of(String name, EventHandlers.Builder<E> handlers) {
        return new EventConsumer<>(name, handlers.build(), inbox, (a, b) -> 0, tracing);
    }

    /**
     * A consumer whose effects each lock the saga they belong to, and nothing that another saga's effect needs: it
     * applies a poll's events ordered by saga (each saga's events still in the order they came). Every consumer of
     * the service that locks sagas this way then takes their locks in one order, so two polls applied side by side
     * wait for each other instead of deadlocking. Events of different sagas must not depend on each other's order.
     */
    public <E extends Event> EventConsumer<E> bySaga(String name, EventHandlers.Builder<E> handlers) {
        Comparator<EventEnvelope<E>> bySaga = Comparator.comparing(EventEnvelope::sagaId, Comparator.nullsFirst(Comparator.<UUID>naturalOrder()));
        return new EventConsumer<>(name, handlers.build(), inbox, bySaga, tracing);
    }
}
