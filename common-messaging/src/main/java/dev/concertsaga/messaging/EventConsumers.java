package dev.concertsaga.messaging;

import java.util.Comparator;
import java.util.UUID;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.Topics;

/**
 * Makes the {@link EventConsumer}s that a service's listeners hand their records to, one per topic. Each is named
 * {@code <spring.application.name>.<topic>} (e.g. {@code concert-service.payment-events}): the name its applied
 * events are recorded under in the inbox, its log lines and its {@code inbox.events.*} meters carry.
 */
public final class EventConsumers {

    private final String application;
    private final Inbox inbox;
    private final MessageTracing tracing;

    EventConsumers(String application, Inbox inbox, MessageTracing tracing) {
        this.application = application;
        this.inbox = inbox;
        this.tracing = tracing;
    }

    /**
     * A consumer that applies a poll's events in the order they came.
     *
     * @param topic    the topic it consumes, one of {@link Topics#ALL}
     * @param handlers what each event type of the topic does here
     */
    public <E extends Event> EventConsumer<E> of(String topic, EventHandlers.Builder<E> handlers) {
        return new EventConsumer<>(nameOf(topic), handlers.build(), inbox, (a, b) -> 0, tracing);
    }

    /**
     * A consumer whose effects each lock the saga they belong to, and nothing that another saga's effect needs: it
     * applies a poll's events ordered by saga (each saga's events still in the order they came). Every consumer of
     * the service that locks sagas this way then takes their locks in one order, so two polls applied side by side
     * wait for each other instead of deadlocking. Events of different sagas must not depend on each other's order.
     */
    public <E extends Event> EventConsumer<E> bySaga(String topic, EventHandlers.Builder<E> handlers) {
        Comparator<EventEnvelope<E>> bySaga = Comparator.comparing(EventEnvelope::sagaId, Comparator.nullsFirst(Comparator.<UUID>naturalOrder()));
        return new EventConsumer<>(nameOf(topic), handlers.build(), inbox, bySaga, tracing);
    }

    /** The consumer's name in the inbox: a service has one consumer per topic, so two services never share one. */
    String nameOf(String topic) {
        if (!Topics.ALL.contains(topic)) {
            throw new IllegalArgumentException("no topic " + topic + "; the topics are " + Topics.ALL);
        }
        return application + "." + topic;
    }
}
