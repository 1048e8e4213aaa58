package dev.concertsaga.consistency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** How many records sit in each dead-letter topic: end offset minus start offset, summed over partitions. */
final class DeadLetters {

    static final List<String> TOPICS = List.of("payment-events-dlt", "reservation-events-dlt", "point-events-dlt", "queue-token-events-dlt");

    private DeadLetters() {
    }

    static Map<String, Long> count(String bootstrapServers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (bootstrapServers == null) {
            return counts;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<TopicPartition> partitions = admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(admin, partitions, OffsetSpec.earliest());
            partitions.forEach(p -> counts.merge(p.topic(), ends.get(p) - starts.get(p), Long::sum));
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the dead-letter topics from " + bootstrapServers, e);
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec))).all()
                .get(30, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
