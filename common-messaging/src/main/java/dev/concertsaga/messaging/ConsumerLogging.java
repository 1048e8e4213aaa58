package dev.concertsaga.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;

import dev.concertsaga.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Says once what happened to a record the error handler took: a transient failure on its first retry (not on each
 * of the retries that follow while the failure lasts), a dead letter when it is sent; each with the payment it
 * belongs to, its topic-partition@offset and the reason. Dead letters are counted by topic and reason.
 */
final class ConsumerLogging implements RetryListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLogging.class);

    private final MeterRegistry meters;

    ConsumerLogging(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception error, int deliveryAttempt) {
        if (deliveryAttempt == 1 && !MessagingAutoConfiguration.isBadInput(error)) {
            LOG.warn("Retrying {} of payment {} at {}, until it succeeds: {}", eventType(record), paymentId(record), position(record),
                    MessagingAutoConfiguration.reason(error));
        }
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception error) {
        String reason = MessagingAutoConfiguration.reason(error);
        LOG.error("Dead-lettered {} of payment {} at {}: {}", eventType(record), paymentId(record), position(record), reason);
        Counter.builder("messaging.dead.letters")
                .description("Records sent to their topic's dead-letter topic, by reason")
                .tag("topic", record.topic())
                .tag("reason", reason.substring(0, Math.max(0, reason.indexOf(':'))))
                .register(meters)
                .increment();
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static UUID paymentId(ConsumerRecord<?, ?> record) {
        return record.value() instanceof EventEnvelope<?> envelope ? envelope.sagaId() : null;
    }

    private static String eventType(ConsumerRecord<?, ?> record) {
        var header = record.headers().lastHeader("event-type");
        return header == null ? "a record" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
