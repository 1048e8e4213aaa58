package dev.concertsaga.user;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TestInfrastructure;
import dev.concertsaga.testsupport.TopicReader;
import dev.concertsaga.testsupport.TopicWriter;

/**
 * Plays the other services: sends user-service the events they would, and tells when it has applied all of them,
 * which is what a test needs before it can say that something did not happen.
 */
public class SagaEvents implements AutoCloseable {

    private static final List<String> CONSUMED_TOPICS = List.of(Topics.RESERVATION_EVENTS, Topics.PAYMENT_EVENTS);

    private final TopicWriter writer = new TopicWriter();
    private final Admin admin = Admin.create(Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers()));
    private final Clock clock;
    private final String consumerGroup;

    SagaEvents(Clock clock, @Value("${spring.kafka.consumer.group-id}") String consumerGroup) {
        this.clock = clock;
        this.consumerGroup = consumerGroup;
    }

    /** Sends a new event, as its producer's outbox relay would. */
    public <E extends Event> EventEnvelope<E> send(E event) {
        EventEnvelope<E> envelope = EventEnvelope.of(event, clock.instant());
        writer.send(envelope);
        return envelope;
    }

    /** Sends an envelope again, as a redelivery does. */
    public void resend(EventEnvelope<?> envelope) {
        writer.send(envelope);
    }

    /**
     * Waits until user-service's consumers have committed every record sent so far to the topics they read. A
     * listener commits a record only after the transaction that applied it, so its effects are then all visible.
     */
    public void awaitApplied() {
        Map<TopicPartition, Long> sent = endOffsets();
        await().atMost(TopicReader.DEFAULT_TIMEOUT).until(() -> {
            Map<TopicPartition, Long> applied = committedOffsets();
            return sent.entrySet().stream().allMatch(end -> applied.getOrDefault(end.getKey(), 0L) >= end.getValue());
        });
    }

    private Map<TopicPartition, Long> endOffsets() {
        Map<TopicPartition, OffsetSpec> latest = partitions().stream()
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return get(admin.listOffsets(latest).all()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
    }

    private Map<TopicPartition, Long> committedOffsets() {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(consumerGroup).partitionsToOffsetAndMetadata());
        return committed.entrySet().stream()
                .filter(offset -> offset.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, offset -> offset.getValue().offset()));
    }

    private List<TopicPartition> partitions() {
        return get(admin.describeTopics(CONSUMED_TOPICS).allTopicNames()).values().stream()
                .flatMap(topic -> topic.partitions().stream().map(info -> new TopicPartition(topic.name(), info.partition())))
                .toList();
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not answer", e.getCause());
        }
    }

    @Override
    public void close() {
        writer.close();
        admin.close();
    }
}
