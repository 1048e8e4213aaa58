package dev.concertsaga.localstack;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

import dev.concertsaga.events.Topics;

/**
 * What the services' consumer groups have committed, read with an Admin client: a listener commits only after the
 * transaction that applied a record, so a committed offset that moves means records were consumed and applied.
 */
final class ConsumerProgress implements AutoCloseable {

    /** Each service's consumer group (its application name) and the topics it reads (DESIGN §3). */
    static final Map<String, List<String>> SUBSCRIPTIONS = Map.of(
            "payment-service", List.of(Topics.RESERVATION_EVENTS, Topics.POINT_EVENTS, Topics.QUEUE_TOKEN_EVENTS),
            "queue-service", List.of(Topics.PAYMENT_EVENTS),
            "concert-service", List.of(Topics.PAYMENT_EVENTS, Topics.QUEUE_TOKEN_EVENTS),
            "user-service", List.of(Topics.RESERVATION_EVENTS, Topics.PAYMENT_EVENTS));

    private final Admin admin;

    ConsumerProgress(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000));
    }

    /** The sum of the group's committed offsets; empty when the broker did not answer. */
    OptionalLong committed(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
            return OptionalLong.of(offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum());
        } catch (IllegalStateException brokerDown) {
            return OptionalLong.empty();
        }
    }

    /** Records not yet applied by the group, over all partitions of its topics; empty when the broker did not answer. */
    OptionalLong lag(String group) {
        try {
            Map<TopicPartition, Long> ends = endOffsets(SUBSCRIPTIONS.get(group));
            Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
            return OptionalLong.of(ends.entrySet().stream().mapToLong(end -> end.getValue()
                    - (committed.get(end.getKey()) == null ? 0 : committed.get(end.getKey()).offset())).sum());
        } catch (IllegalStateException brokerDown) {
            return OptionalLong.empty();
        }
    }

    /** How many records were ever published to {@code topics}. */
    long published(Collection<String> topics) {
        return endOffsets(topics).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        Map<TopicPartition, OffsetSpec> latest = get(admin.describeTopics(topics).allTopicNames()).values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return get(admin.listOffsets(latest).all()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
