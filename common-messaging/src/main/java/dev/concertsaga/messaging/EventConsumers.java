package dev.concertsaga.messaging;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.Topics;

/**
 * Makes the {@link EventConsumer}s that a service's listeners hand their records to, one per listener. A topic's
 * events are recorded in the inbox under {@code <spring.application.name>.<topic>} (e.g.
 * {@code concert-service.payment-events}), the name their log lines and {@code inbox.events.*} meters carry too.
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
        return new EventConsumer<>(Map.of(topic, route(topic, handlers)), inbox, (a, b) -> 0, tracing);
    }

    /**
     * As {@link #of(String, EventHandlers.Builder)}, for one listener that reads several topics: a poll brings records
     * of all of them, its events are applied in one transaction in the order they came, and one poll, one transaction
     * and one offset commit serve every topic. Each topic keeps its own handlers and its inbox consumer name
     * ({@code <spring.application.name>.<topic>}), so joining topics into one listener, or splitting them again,
     * changes nothing that is stored.
     *
     * @param handlersByTopic what each event type of each topic does here
     */
    public EventConsumer<Event> of(Map<String, ? extends EventHandlers.Builder<? extends Event>> handlersByTopic) {
        return new EventConsumer<>(routes(handlersByTopic), inbox, (a, b) -> 0, tracing);
    }

    /**
     * A consumer whose effects each lock the saga they belong to, and nothing that another saga's effect needs: it
     * applies a poll's events ordered by saga (each saga's events still in the order they came). Every consumer of
     * the service that locks sagas this way then takes their locks in one order, so two polls applied side by side
     * wait for each other instead of deadlocking. Events of different sagas must not depend on each other's order.
     */
    public <E extends Event> EventConsumer<E> bySaga(String topic, EventHandlers.Builder<E> handlers) {
        return new EventConsumer<>(Map.of(topic, route(topic, handlers)), inbox, bySaga(), tracing);
    }

    /**
     * As {@link #bySaga(String, EventHandlers.Builder)}, for one listener that reads several topics: a poll brings
     * records of all of them, and its events are applied in one transaction, still ordered by saga. Each topic keeps
     * its own handlers and its inbox consumer name ({@code <spring.application.name>.<topic>}), so joining topics
     * into one listener, or splitting them again, changes nothing that is stored.
     *
     * @param handlersByTopic what each event type of each topic does here
     */
    public EventConsumer<Event> bySaga(Map<String, ? extends EventHandlers.Builder<? extends Event>> handlersByTopic) {
        return new EventConsumer<>(routes(handlersByTopic), inbox, bySaga(), tracing);
    }

    private Map<String, EventConsumer.Route<?>> routes(Map<String, ? extends EventHandlers.Builder<? extends Event>> handlersByTopic) {
        if (handlersByTopic.isEmpty()) {
            throw new IllegalArgumentException("a consumer reads at least one topic");
        }
        Map<String, EventConsumer.Route<?>> routes = new HashMap<>();
        handlersByTopic.forEach((topic, handlers) -> routes.put(topic, route(topic, handlers)));
        return routes;
    }

    private <E extends Event> EventConsumer.Route<E> route(String topic, EventHandlers.Builder<E> handlers) {
        return new EventConsumer.Route<>(nameOf(topic), handlers.build());
    }

    private static <E extends Event> Comparator<EventEnvelope<E>> bySaga() {
        return Comparator.comparing(EventEnvelope::sagaId, Comparator.nullsFirst(Comparator.<UUID>naturalOrder()));
    }

    /** The consumer's name in the inbox: a service has one consumer per topic, so two services never share one. */
    String nameOf(String topic) {
        if (!Topics.ALL.contains(topic)) {
            throw new IllegalArgumentException("no topic " + topic + "; the topics are " + Topics.ALL);
        }
        return application + "." + topic;
    }
}
