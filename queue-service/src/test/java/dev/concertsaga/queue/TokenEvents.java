package dev.concertsaga.queue;

import java.util.List;
import java.util.UUID;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.testsupport.TopicReader;

/** What a consumer of queue-token-events reads about one token. */
final class TokenEvents {

    private TokenEvents() {
    }

    /** The first event of {@code type} published about {@code token}, with its envelope. */
    @SuppressWarnings("unchecked")
    static <E extends Event> EventEnvelope<E> first(TopicReader reader, UUID token, Class<E> type) {
        return (EventEnvelope<E>) reader.awaitEvents(e -> isAbout(e, token) && type.isInstance(e.data()), 1).get(0);
    }

    /**
     * The saga's events about {@code token} (those of a payment, not of admission or time), read until {@code last}
     * arrives. Events of one token are published in commit order, so whatever this list lacks was never published
     * before {@code last}: how a test shows that an earlier step published nothing.
     */
    static List<Event> sagaEventsUntil(TopicReader reader, UUID token, Event last) {
        return reader.awaitEvents(e -> isAbout(e, token) && e.sagaId() != null, seen -> seen.stream().anyMatch(e -> e.data().equals(last)))
                .stream().map(EventEnvelope::data).toList();
    }

    private static boolean isAbout(EventEnvelope<Event> event, UUID token) {
        return event.key().equals(token.toString());
    }
}
