package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.Topics;

/** A consumer's names follow from its service and its topic, and a listener declared another way does not start. */
class ConsumerNamingTest {

    private final EventConsumers consumers = new EventConsumers("concert-service", null, null);

    @Test
    void names_an_inbox_consumer_after_the_service_and_the_topic() {
        assertThat(consumers.nameOf(Topics.PAYMENT_EVENTS)).isEqualTo("concert-service.payment-events");
        assertThat(consumers.nameOf(Topics.QUEUE_TOKEN_EVENTS)).isEqualTo("concert-service.queue-token-events");
    }

    @Test
    void refuses_a_consumer_of_a_topic_that_does_not_exist() {
        assertThatThrownBy(() -> consumers.of("point-event", EventHandlers.of(PointEvent.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no topic point-event");
    }

    @Test
    void accepts_a_listener_named_after_its_one_topic_in_the_services_group() {
        assertThatCode(() -> ListenerNaming.check(listener(Topics.POINT_EVENTS, null, Topics.POINT_EVENTS))).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_listener_named_other_than_its_topic() {
        assertThatThrownBy(() -> ListenerNaming.check(listener("queue-payment-events", null, Topics.PAYMENT_EVENTS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("listener queue-payment-events reads [payment-events]");
    }

    @Test
    void accepts_a_listener_of_two_topics_named_after_both() {
        assertThatCode(() -> ListenerNaming.check(listener(Topics.POINT_EVENTS + "+" + Topics.PAYMENT_EVENTS, null,
                Topics.POINT_EVENTS, Topics.PAYMENT_EVENTS))).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_listener_of_two_topics_named_after_one() {
        assertThatThrownBy(() -> ListenerNaming.check(listener(Topics.POINT_EVENTS, null, Topics.POINT_EVENTS, Topics.PAYMENT_EVENTS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("listener point-events reads [point-events, payment-events]")
                .hasMessageContaining("named after the topics it reads");
    }

    @Test
    void refuses_a_listener_named_after_its_topics_in_another_order() {
        assertThatThrownBy(() -> ListenerNaming.check(listener(Topics.PAYMENT_EVENTS + "+" + Topics.POINT_EVENTS, null,
                Topics.POINT_EVENTS, Topics.PAYMENT_EVENTS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("named after the topics it reads");
    }

    @Test
    void refuses_a_consumer_of_several_topics_when_one_does_not_exist() {
        assertThatThrownBy(() -> consumers.bySaga(Map.of("point-event", EventHandlers.of(PointEvent.class))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no topic point-event");
    }

    @Test
    void refuses_a_consumer_in_arrival_order_of_no_topic_or_of_a_topic_that_does_not_exist() {
        assertThatThrownBy(() -> consumers.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one topic");
        assertThatThrownBy(() -> consumers.of(Map.of("point-event", EventHandlers.of(PointEvent.class))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no topic point-event");
    }

    /** {@code @KafkaListener(id = Topics.X)} without {@code idIsGroup = false} makes the id the group. */
    @Test
    void refuses_a_listener_with_a_group_of_its_own() {
        assertThatThrownBy(() -> ListenerNaming.check(listener(Topics.POINT_EVENTS, Topics.POINT_EVENTS, Topics.POINT_EVENTS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("would read in group point-events");
    }

    private static ConcurrentMessageListenerContainer<String, String> listener(String id, String group, String... topics) {
        ContainerProperties properties = new ContainerProperties(topics);
        properties.setGroupId(group);
        ConcurrentMessageListenerContainer<String, String> container =
                new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of()), properties);
        container.setBeanName(id);
        return container;
    }
}
