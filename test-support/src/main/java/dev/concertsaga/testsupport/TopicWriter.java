package dev.concertsaga.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;

/**
 * A plain Kafka producer for tests that must put on a topic what no well-behaved service would: bad input, or
 * the same event twice, as redelivery does.
 */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    private final EventJson json = new EventJson();

    /** Sends raw bytes and waits for the broker's acknowledgement. */
    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take the record", e.getCause());
        }
    }

    /** Sends an event exactly as the outbox relay would: on its topic, under its key, with its type header. */
    public void send(EventEnvelope<?> envelope) {
        send(envelope.topic(), envelope.key(), json.write(envelope), Map.of(EventJson.TYPE_HEADER, envelope.type()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
