package dev.concertsaga.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import dev.concertsaga.consistency.RecordPosition;
import dev.concertsaga.events.Topics;

/**
 * Kafka-level chaos: every record of the four topics sent once more (same partition, key, value and headers: the
 * at-least-once delivery a consumer must take), and records that cannot be applied (not JSON, an unknown type, a
 * missing field, no value) on every topic.
 */
final class ChaosTopics {

    /** For each topic, an event type of its own to send with a required field left out. */
    private static final Map<String, String> INCOMPLETE = Map.of(
            Topics.PAYMENT_EVENTS, "PaymentCompleted", Topics.RESERVATION_EVENTS, "ReservationConfirmed",
            Topics.POINT_EVENTS, "PointsDeducted", Topics.QUEUE_TOKEN_EVENTS, "QueueTokenExpired");

    private final String bootstrapServers;

    ChaosTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends every record of every topic again; returns how many. */
    long replayAll() {
        long sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (String topic : Topics.ALL) {
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                read(topic).forEach(r -> acks.add(producer.send(new ProducerRecord<>(topic, r.partition(), r.key(), r.value(), r.headers()))));
                acks.forEach(ChaosTopics::await);
                sent += acks.size();
            }
        }
        return sent;
    }

    /** Sends four bad records to every topic; returns where they landed. */
    Set<RecordPosition> poison() {
        Set<RecordPosition> positions = new HashSet<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (String topic : Topics.ALL) {
                for (byte[] value : badValues(topic)) {
                    RecordMetadata landed = await(producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), value)));
                    positions.add(new RecordPosition(landed.topic(), landed.partition(), landed.offset()));
                }
            }
        }
        return positions;
    }

    private static List<byte[]> badValues(String topic) {
        String envelope = "{\"eventId\":\"%s\",\"type\":\"%s\",\"version\":1,\"occurredAt\":\"%s\",\"sagaId\":null,\"data\":{\"paymentId\":\"%s\"}}";
        List<byte[]> values = new ArrayList<>();
        values.add("this is not JSON {".getBytes(StandardCharsets.UTF_8));
        values.add(envelope.formatted(UUID.randomUUID(), "NoSuchEvent", Instant.now(), UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        values.add(envelope.formatted(UUID.randomUUID(), INCOMPLETE.get(topic), Instant.now(), UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        values.add(null);
        return values;
    }

    /** The topic from its first record to the end offsets seen now. */
    List<ConsumerRecord<byte[], byte[]>> read(String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue()) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                });
            }
        }
        return records;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static RecordMetadata await(Future<RecordMetadata> ack) {
        try {
            return ack.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take a record", e);
        }
    }
}
