package dev.concertsaga.messaging;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;

/**
 * What a consumer does with each event type of one topic: a handler, or an explicit "ignore". Built as
 * {@link EventCases} over the topic's sealed interface, so a new event type stops the service from starting (and every
 * test that starts it from passing) until someone decides what it means here.
 *
 * @param <E> the topic's sealed event interface
 */
public final class EventHandlers<E extends Event> {

    private final EventCases<E, Handler<E, ?>> handlers;

    private EventHandlers(EventCases<E, Handler<E, ?>> handlers) {
        this.handlers = handlers;
    }

    public static <E extends Event> Builder<E> of(Class<E> topicEvents) {
        return new Builder<>(topicEvents);
    }

    /** The effect this event has here, or empty if this consumer ignores it (then no inbox row is written either). */
    Optional<Runnable> effectOf(EventEnvelope<? extends E> envelope) {
        return handlers.apply(envelope.data()).flatMap(handler -> handler.effectOf(envelope));
    }

    /** The name of the use case this event runs here, which names its span in the trace. */
    String useCaseOf(EventEnvelope<? extends E> envelope) {
        return handlers.apply(envelope.data()).map(Handler::useCase).orElse("ignore " + envelope.type());
    }

    private record Handler<E extends Event, T extends E>(Class<T> type, String useCase, Predicate<T> when,
                                                         BiConsumer<EventEnvelope<? extends E>, T> action) {

        Optional<Runnable> effectOf(EventEnvelope<? extends E> envelope) {
            T event = type.cast(envelope.data());
            return when.test(event) ? Optional.of(() -> action.accept(envelope, event)) : Optional.empty();
        }
    }

    /** Collects one decision per event type; {@link #build()} refuses to leave one out. */
    public static final class Builder<E extends Event> {

        private final EventCases.Builder<E, Handler<E, ?>> handlers;

        private Builder(Class<E> topicEvents) {
            this.handlers = EventCases.of(topicEvents);
        }

        /** Applies {@code action} to every event of this type. */
        public <T extends E> Builder<E> on(Class<T> type, BiConsumer<EventEnvelope<? extends E>, T> action) {
            return on(type, event -> true, action);
        }

        /** Applies {@code action} to the events of this type that match {@code when}, and ignores the others. */
        public <T extends E> Builder<E> on(Class<T> type, Predicate<T> when, BiConsumer<EventEnvelope<? extends E>, T> action) {
            return add(new Handler<>(type, "handle " + type.getSimpleName(), when, action));
        }

        /**
         * Applies {@code action}, a call of {@code useCase}, to every event of this type; the use case names the
         * span of each such event's handling.
         */
        public <T extends E> Builder<E> on(Class<T> type, Class<?> useCase, BiConsumer<EventEnvelope<? extends E>, T> action) {
            return on(type, useCase, event -> true, action);
        }

        /** As {@link #on(Class, Class, BiConsumer)}, for the events of this type that match {@code when}. */
        public <T extends E> Builder<E> on(Class<T> type, Class<?> useCase, Predicate<T> when, BiConsumer<EventEnvelope<? extends E>, T> action) {
            return add(new Handler<>(type, useCase.getSimpleName(), when, action));
        }

        /** These types mean nothing to this consumer. */
        @SafeVarargs
        public final Builder<E> ignore(Class<? extends E>... types) {
            handlers.ignore(types);
            return this;
        }

        /** @throws IllegalStateException naming every event type of the topic that has neither a handler nor an ignore */
        public EventHandlers<E> build() {
            return new EventHandlers<>(handlers.build());
        }

        private <T extends E> Builder<E> add(Handler<E, T> handler) {
            handlers.on(handler.type(), event -> handler);
            return this;
        }
    }
}
