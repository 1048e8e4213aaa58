package dev.concertsaga.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.MalformedEventException;

/**
 * Reads a record into an envelope, and refuses one whose type header disagrees with its body or whose event belongs
 * on another topic. Wrapped in an {@code ErrorHandlingDeserializer}, a refusal sends the record to the dead-letter topic.
 */
final class EventEnvelopeDeserializer implements Deserializer<EventEnvelope<Event>> {

    private final EventJson json;

    EventEnvelopeDeserializer(EventJson json) {
        this.json = json;
    }

    @Override
    public EventEnvelope<Event> deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public EventEnvelope<Event> deserialize(String topic, Headers headers, byte[] data) {
        if (data == null || data.length == 0) {
            throw new MalformedEventException("a record on " + topic + " has no value");
        }
        EventEnvelope<Event> envelope = json.read(data);
        Header typeHeader = headers == null ? null : headers.lastHeader(EventJson.TYPE_HEADER);
        if (typeHeader != null && !envelope.type().equals(new String(typeHeader.value(), StandardCharsets.UTF_8))) {
            throw new MalformedEventException("header " + EventJson.TYPE_HEADER + " does not match type " + envelope.type());
        }
        if (!envelope.topic().equals(topic)) {
            throw new MalformedEventException(envelope.type() + " belongs on " + envelope.topic() + ", not on " + topic);
        }
        return envelope;
    }
}
