package dev.concertsaga.events;

import java.util.UUID;

/**
 * The {@code data} of an {@link EventEnvelope}: one immutable record per event type, grouped by topic.
 * <p>
 * Each event knows where it goes, so a producer cannot put it on the wrong topic or under the wrong key.
 */
public sealed interface Event permits PaymentEvent, ReservationEvent, PointEvent, QueueTokenEvent {

    /** The topic this event is published on. */
    String topic();

    /** The Kafka record key: the id of the aggregate whose events must stay in order. */
    String key();

    /** The paymentId of the saga this event belongs to, or {@code null} for an event outside a saga. */
    default UUID sagaId() {
        return null;
    }
}
