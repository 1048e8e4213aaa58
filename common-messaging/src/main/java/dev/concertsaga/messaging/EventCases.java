package dev.concertsaga.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.concertsaga.events.Event;

/**
 * One case per concrete event type under a sealed interface: a function, or an explicit "ignore". {@link Builder#build()}
 * reads the types off the sealed hierarchy (nested interfaces included, so {@code Event.class} means every type) and
 * refuses to leave one out, so a new event type fails whatever builds the cases until someone decides what it means
 * there. Java 17's stand-in for an exhaustive pattern switch; {@link EventHandlers} is built on it.
 *
 * @param <E> the sealed event interface
 * @param <R> what a case gives
 */
public final class EventCases<E extends Event, R> {

    private final Map<Class<?>, Function<E, R>> cases;

    private EventCases(Map<Class<?>, Function<E, R>> cases) {
        this.cases = cases;
    }

    public static <E extends Event, R> Builder<E, R> of(Class<E> events) {
        return new Builder<>(events);
    }

    /** What this event's case gives, or empty if its type is ignored (or its case gives null). */
    public Optional<R> apply(E event) {
        Function<E, R> found = cases.get(event.getClass());
        if (found == null) {
            throw new IllegalStateException("no case for " + event.getClass().getSimpleName() + ": built without it");
        }
        return Optional.ofNullable(found.apply(event));
    }

    /** Collects one decision per event type; {@link #build()} refuses to leave one out. */
    public static final class Builder<E extends Event, R> {

        private final Class<E> events;
        private final Map<Class<?>, Function<E, R>> cases = new LinkedHashMap<>();

        private Builder(Class<E> events) {
            this.events = events;
        }

        /** Gives every event of this type what {@code function} makes of it. */
        public <T extends E> Builder<E, R> on(Class<T> type, Function<? super T, ? extends R> function) {
            return add(type, event -> function.apply(type.cast(event)));
        }

        /** These types have no case here: {@link EventCases#apply} gives nothing for them. */
        @SafeVarargs
        public final Builder<E, R> ignore(Class<? extends E>... types) {
            Stream.of(types).forEach(type -> add(type, event -> null));
            return this;
        }

        /** @throws IllegalStateException naming every event type that has neither a case nor an ignore */
        public EventCases<E, R> build() {
            List<String> missing = new ArrayList<>();
            concreteTypes(events).filter(type -> !cases.containsKey(type)).forEach(type -> missing.add(type.getSimpleName()));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("No decision for " + String.join(", ", missing) + " of " + events.getSimpleName()
                        + ": handle each event type or ignore it explicitly");
            }
            return new EventCases<>(Map.copyOf(cases));
        }

        private Builder<E, R> add(Class<? extends E> type, Function<E, R> function) {
            if (cases.putIfAbsent(type, function) != null) {
                throw new IllegalStateException(type.getSimpleName() + " is handled twice");
            }
            return this;
        }

        private static Stream<Class<?>> concreteTypes(Class<?> type) {
            return type.isSealed() ? Stream.of(type.getPermittedSubclasses()).flatMap(Builder::concreteTypes) : Stream.of(type);
        }
    }
}
