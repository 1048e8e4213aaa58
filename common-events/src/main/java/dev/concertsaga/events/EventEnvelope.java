package dev.concertsaga.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic: the event plus what a consumer needs to deduplicate, order and trace it.
 *
 * @param eventId    unique per event: the key consumers deduplicate on
 * @param type       the wire name of {@code data}'s type, also sent as Kafka header {@code event-type}
 * @param version    the schema version of that type
 * @param occurredAt when the state change happened (millisecond precision)
 * @param sagaId     the paymentId on every saga event, {@code null} otherwise
 * @param data       the event itself
 */
public record EventEnvelope<E extends Event>(UUID eventId, String type, int version, Instant occurredAt, UUID sagaId, E data) {

    public EventEnvelope {
        Checks.required(eventId, "eventId");
        Checks.required(occurredAt, "occurredAt");
        Checks.required(data, "data");
        if (!EventTypes.nameOf(data.getClass()).equals(type)) {
            throw new IllegalArgumentException("type '" + type + "' does not match data " + data.getClass().getSimpleName());
        }
        if (!Objects.equals(sagaId, data.sagaId())) {
            throw new IllegalArgumentException("sagaId " + sagaId + " does not match the event's paymentId " + data.sagaId());
        }
    }

    /** Wraps a new event, giving it a fresh time-ordered id. */
    public static <E extends Event> EventEnvelope<E> of(E data, Instant occurredAt) {
        Class<? extends Event> type = data.getClass();
        return new EventEnvelope<>(Uuids.timeOrdered(), EventTypes.nameOf(type), EventTypes.versionOf(type),
                occurredAt.truncatedTo(ChronoUnit.MILLIS), data.sagaId(), data);
    }

    public String topic() {
        return data.topic();
    }

    public String key() {
        return data.key();
    }
}
