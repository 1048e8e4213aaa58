package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.mock.env.MockEnvironment;

import dev.concertsaga.events.EventJson;

/** What a listener's consumer is given when the service's configuration says nothing, and that the configuration wins. */
class ConsumerSettingsTest {

    @Test
    void fetches_wait_for_4_KiB_or_20_ms_so_that_a_poll_carries_several_records() {
        Map<String, Object> settings = customized(Map.of());

        assertThat(settings).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 4096)
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20)
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 25)
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "concert-service")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    @Test
    void keeps_what_spring_kafka_consumer_properties_set() {
        Map<String, Object> settings = customized(Map.of(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500));

        assertThat(settings).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1).containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
    }

    private static Map<String, Object> customized(Map<String, Object> configured) {
        DefaultKafkaConsumerFactory<Object, Object> factory = new DefaultKafkaConsumerFactory<>(new HashMap<>(configured));
        new MessagingAutoConfiguration().eventEnvelopeConsumer(new EventJson(), new MockEnvironment().withProperty("spring.application.name", "concert-service"))
                .customize(factory);
        return factory.getConfigurationProperties();
    }
}
