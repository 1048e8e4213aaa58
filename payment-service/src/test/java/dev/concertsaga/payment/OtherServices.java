package dev.concertsaga.payment;

import java.time.Clock;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.testsupport.TopicWriter;

/** Plays concert-, queue- and user-service in the saga: publishes their events as their outbox relays would. */
class OtherServices implements AutoCloseable {

    private final TopicWriter writer = new TopicWriter();
    private final Clock clock;
    private final PaymentRows rows;

    OtherServices(Clock clock, PaymentRows rows) {
        this.clock = clock;
        this.rows = rows;
    }

    <E extends Event> EventEnvelope<E> publish(E event) {
        EventEnvelope<E> envelope = EventEnvelope.of(event, clock.instant());
        writer.send(envelope);
        return envelope;
    }

    /** Publishes a saga event and waits until payment-service has recorded it: the next event comes strictly after. */
    <E extends Event> EventEnvelope<E> publishAndAwait(E event) {
        EventEnvelope<E> envelope = publish(event);
        rows.awaitRecorded(envelope.sagaId(), envelope.eventId());
        return envelope;
    }

    /** Delivers an envelope again, as Kafka may. */
    void redeliver(EventEnvelope<?> envelope) {
        writer.send(envelope);
    }

    @Override
    public void close() {
        writer.close();
    }
}
