package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.concertsaga.events.Topics;

/** The topics a service creates when they do not exist: every topic and its dead-letter topic, six partitions unless configured. */
class EventTopicsTest {

    @Test
    void creates_every_topic_and_its_dead_letter_topic_with_six_partitions_by_default() {
        List<NewTopic> topics = topics(Map.of());

        assertThat(topics).extracting(NewTopic::name).containsExactlyInAnyOrderElementsOf(
                Topics.ALL.stream().flatMap(topic -> List.of(topic, Topics.deadLetter(topic)).stream()).toList());
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).as("the broker's default").isEqualTo((short) -1);
        });
    }

    @Test
    void takes_partitions_and_replicas_from_configuration() {
        List<NewTopic> topics = topics(Map.of("messaging.topics.partitions", "12", "messaging.topics.replication-factor", "3"));

        assertThat(topics).hasSize(2 * Topics.ALL.size()).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(12);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
    }

    private static List<NewTopic> topics(Map<String, String> configuration) {
        MessagingProperties properties = new Binder(new MapConfigurationPropertySource(configuration))
                .bindOrCreate("messaging", MessagingProperties.class);
        return MessagingAutoConfiguration.eventTopicsOf(properties.topics());
    }
}
