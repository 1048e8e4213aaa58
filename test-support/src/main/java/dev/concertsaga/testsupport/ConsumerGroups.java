package dev.concertsaga.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
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

/**
 * Tells when consumer groups have applied everything published so far. A listener's offset is committed only after
 * the transaction that applied the record, so a group that has committed up to the end of its topics has made every
 * effect visible: what a test needs before it can say that something did <em>not</em> happen.
 */
public final class ConsumerGroups implements AutoCloseable {

    private final Admin admin = Admin.create(Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers()));

    /** Waits until each group has committed, on every partition of its topics, the end offset seen when this was called. */
    public void awaitCaughtUp(Map<String, List<String>> topicsByGroup, Duration timeout) {
        Map<String, Map<TopicPartition, Long>> ends = new HashMap<>();
        topicsByGroup.forEach((group, topics) -> ends.put(group, endOffsets(topics)));
        await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> ends.entrySet().stream()
                .allMatch(group -> caughtUp(committed(group.getKey()), group.getValue())));
    }

    /** How many records have ever been published to {@code topics}: moves whenever anything is published. */
    public long published(Collection<String> topics) {
        return endOffsets(topics).values().stream().mapToLong(Long::longValue).sum();
    }

    private static boolean caughtUp(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0 || committed.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        Map<TopicPartition, OffsetSpec> latest = get(admin.describeTopics(topics).allTopicNames()).values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return get(admin.listOffsets(latest).all()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
    }

    private Map<TopicPartition, Long> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        return offsets.entrySet().stream().filter(offset -> offset.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, offset -> offset.getValue().offset()));
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
        admin.close();
    }
}
