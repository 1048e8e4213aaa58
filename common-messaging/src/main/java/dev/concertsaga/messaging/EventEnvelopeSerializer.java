package dev.concertsaga.messaging;

import org.apache.kafka.common.serialization.Serializer;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;

/** Writes an envelope in the wire format; used when a listener's record has to go to a dead-letter topic. */
final class EventEnvelopeSerializer implements Serializer<EventEnvelope<?>> {

    private final EventJson json;

    EventEnvelopeSerializer(EventJson json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(String topic, EventEnvelope<?> envelope) {
        return envelope == null ? null : json.write(envelope);
    }
}
