package dev.concertsaga.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.MalformedEventException;

/**
 * A plain Kafka consumer, outside any application, that reads what was published to some topics from the moment it
 * was opened: how a test sees exactly what another team's consumer would see.
 */
public final class TopicReader implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private final List<EventEnvelope<Event>> events = new ArrayList<>();
    private final EventJson json = new EventJson();

    private TopicReader(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, DEFAULT_TIMEOUT).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Reads, from now on, what is published to {@code topics} on the shared test broker. */
    public static TopicReader fromNow(String... topics) {
        return new TopicReader(TestInfrastructure.shared().kafkaBootstrapServers(), List.of(topics));
    }

    /** Polls until {@code count} records read so far match, and returns all that match. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(Predicate<ConsumerRecord<String, byte[]>> match, int count) {
        await().atMost(DEFAULT_TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(this::remember);
            return records(match).size() >= count;
        });
        return records(match);
    }

    /** Polls until {@code count} events read so far match, and returns all that match. */
    public List<EventEnvelope<Event>> awaitEvents(Predicate<EventEnvelope<Event>> match, int count) {
        return awaitEvents(match, matched -> matched.size() >= count);
    }

    /** Polls until {@code count} different events (by eventId) match, and returns every copy read of them. */
    public List<EventEnvelope<Event>> awaitDistinctEvents(Predicate<EventEnvelope<Event>> match, int count) {
        return awaitEvents(match, matched -> matched.stream().map(EventEnvelope::eventId).distinct().count() >= count);
    }

    /** Polls until the events read so far that match satisfy {@code done}, and returns them. */
    public List<EventEnvelope<Event>> awaitEvents(Predicate<EventEnvelope<Event>> match, Predicate<List<EventEnvelope<Event>>> done) {
        await().atMost(DEFAULT_TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(this::remember);
            return done.test(events(match));
        });
        return events(match);
    }

    /** What has been read so far and matches, without polling for more. */
    public List<ConsumerRecord<String, byte[]>> records(Predicate<ConsumerRecord<String, byte[]>> match) {
        return seen.stream().filter(match).toList();
    }

    /** The events read so far that match; records that are not events (bad input in a test) never match. */
    public List<EventEnvelope<Event>> events(Predicate<EventEnvelope<Event>> match) {
        return events.stream().filter(match).toList();
    }

    private void remember(ConsumerRecord<String, byte[]> record) {
        seen.add(record);
        readable(record).ifPresent(events::add);
    }

    private Optional<EventEnvelope<Event>> readable(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.read(record.value()));
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
