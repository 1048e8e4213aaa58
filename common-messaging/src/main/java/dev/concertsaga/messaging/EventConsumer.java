package dev.concertsaga.messaging;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.MalformedEventException;

/**
 * The consumer of one topic in a service, or of several read by one listener: takes the records of a poll, applies
 * each event once through the inbox (a batch in one transaction), and tells the error handler which record failed, so
 * that the records before it are committed, it alone is retried or dead-lettered, and the records after it come
 * again. Each topic keeps its own handlers and its own inbox consumer name.
 *
 * @param <E> the topic's sealed event interface; {@link Event} for a consumer of several topics
 */
public final class EventConsumer<E extends Event> {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(EventConsumer.class));

    private final Map<String, Route<?>> routes;
    private final Inbox inbox;
    private final Comparator<EventEnvelope<E>> order;
    private final MessageTracing tracing;
    private final Consumer<Set<UUID>> beforeEffects;

    EventConsumer(Map<String, Route<?>> routes, Inbox inbox, Comparator<EventEnvelope<E>> order, MessageTracing tracing) {
        this(routes, inbox, order, tracing, sagas -> { });
    }

    private EventConsumer(Map<String, Route<?>> routes, Inbox inbox, Comparator<EventEnvelope<E>> order, MessageTracing tracing,
                          Consumer<Set<UUID>> beforeEffects) {
        this.routes = Map.copyOf(routes);
        this.tracing = tracing;
        this.inbox = inbox;
        this.order = order;
        this.beforeEffects = beforeEffects;
    }

    /**
     * The same consumer, which first hands {@code sagas} the sagas of a poll's events that are about to take effect,
     * in the transaction the effects then run in: e.g. to lock them all in one statement rather than one per event.
     * A failure there counts as the failure of the first of those events.
     */
    public EventConsumer<E> beforeEffects(Consumer<Set<UUID>> sagas) {
        return new EventConsumer<>(routes, inbox, order, tracing, sagas);
    }

    /** What one topic's events do here, and the consumer name they are recorded under. */
    record Route<T extends Event>(String name, EventHandlers<T> handlers) {

        @SuppressWarnings("unchecked")
        Optional<Runnable> effectOf(EventEnvelope<?> envelope) {
            return handlers.effectOf((EventEnvelope<? extends T>) envelope);
        }

        @SuppressWarnings("unchecked")
        String useCaseOf(EventEnvelope<?> envelope) {
            return handlers.useCaseOf((EventEnvelope<? extends T>) envelope);
        }
    }

    /** Called by a batch {@code @KafkaListener} with the records of one poll. */
    public void accept(List<ConsumerRecord<String, EventEnvelope<E>>> records) {
        int readable = firstUnreadable(records);
        List<EventEnvelope<E>> events = records.subList(0, readable).stream().map(ConsumerRecord::value).toList();
        Map<EventEnvelope<E>, ConsumerRecord<String, EventEnvelope<E>>> recordOf = new IdentityHashMap<>(readable * 2);
        records.subList(0, readable).forEach(record -> recordOf.put(record.value(), record));
        Function<EventEnvelope<E>, Route<?>> routeOf = envelope -> routeOf(recordOf.get(envelope).topic());
        Function<EventEnvelope<E>, Optional<Runnable>> tracedEffects = envelope -> {
            Route<?> route = routeOf.apply(envelope);
            return route.effectOf(envelope).map(effect ->
                    () -> tracing.handle(recordOf.get(envelope), route.useCaseOf(envelope), envelope.type(), envelope.sagaId(), effect));
        };
        Consumer<List<EventEnvelope<E>>> prepare = toRun -> {
            Set<UUID> sagas = toRun.stream().map(EventEnvelope::sagaId).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
            if (!sagas.isEmpty()) {
                beforeEffects.accept(sagas);
            }
        };
        inbox.onceEach(envelope -> routeOf.apply(envelope).name(), events, tracedEffects, order, prepare).ifPresent(failure -> {
            EventEnvelope<E> failed = events.get(failure.index());
            throw new BatchListenerFailedException(routeOf.apply(failed).name() + " failed on " + failed.type(), failure.cause(), failure.index());
        });
        if (readable < records.size()) {
            throw new BatchListenerFailedException(routeOf(records.get(readable).topic()).name() + " cannot read a record",
                    unreadable(records.get(readable)), readable);
        }
    }

    private Route<?> routeOf(String topic) {
        Route<?> route = routes.get(topic);
        if (route == null) {
            throw new IllegalStateException("a record of " + topic + " reached the consumer of " + routes.keySet());
        }
        return route;
    }

    private static <V> int firstUnreadable(List<ConsumerRecord<String, V>> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).value() == null) {
                return i;
            }
        }
        return records.size();
    }

    /** Why a record has no envelope: the deserializer's error (in a header), or no value at all. */
    private static Exception unreadable(ConsumerRecord<String, ?> record) {
        Exception error = SerializationUtils.getExceptionFromHeader(record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        return error != null ? error : new MalformedEventException("a record on " + record.topic() + " has no value");
    }
}
