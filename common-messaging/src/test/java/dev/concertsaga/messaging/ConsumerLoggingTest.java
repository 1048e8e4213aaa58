package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import dev.concertsaga.events.MalformedEventException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Dead letters are counted by topic and reason; a retried failure counts none. */
class ConsumerLoggingTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConsumerLogging logging = new ConsumerLogging(meters);
    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("point-events", 1, 7L, "key", "not json");

    @Test
    void counts_a_dead_letter_by_its_topic_and_the_reason_of_its_root_cause() {
        logging.recovered(record, new ListenerExecutionFailedException("listener failed", new MalformedEventException("not JSON")));

        assertThat(meters.get("messaging.dead.letters").tag("topic", "point-events").tag("reason", "MalformedEventException").counter().count())
                .isEqualTo(1);
    }

    @Test
    void counts_no_dead_letter_for_a_transient_failure_being_retried() {
        logging.failedDelivery(record, new IllegalStateException("database down"), 1);
        logging.failedDelivery(record, new IllegalStateException("database down"), 2);

        assertThat(meters.find("messaging.dead.letters").counter()).isNull();
    }
}
