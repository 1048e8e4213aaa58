package dev.concertsaga.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far each consumer group is behind: committed offsets against the partitions' end offsets, summed. */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;
    private final List<String> groups;

    ConsumerLag(String bootstrapServers, List<String> groups) {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        this.admin = Admin.create(settings);
        this.groups = groups;
    }

    /** Lag per group; a group whose offsets cannot be read now is left out. */
    Map<String, Long> lag() {
        Map<String, Long> lag = new LinkedHashMap<>();
        for (String group : groups) {
            try {
                lag.put(group, lagOf(group, null));
            } catch (Exception e) {
                // The broker is busy or the group is rebalancing: this sample goes without it.
            }
        }
        return lag;
    }

    /** Lag of one group on one topic (all topics when {@code topic} is null). */
    long lagOf(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS).entrySet().stream()
                .filter(e -> e.getValue() != null && (topic == null || e.getKey().topic().equals(topic)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (committed.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get(5, TimeUnit.SECONDS);
        return committed.entrySet().stream().mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset())).sum();
    }

    @Override
    public void close() {
        admin.close();
    }
}
