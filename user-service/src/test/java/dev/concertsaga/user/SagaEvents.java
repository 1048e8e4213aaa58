package dev.concertsaga.user;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.ConsumerGroups;
import dev.concertsaga.testsupport.TopicReader;
import dev.concertsaga.testsupport.TopicWriter;

/**
 * Plays the other services: sends user-service the events they would, and tells when it has applied all of them,
 * which is what a test needs before it can say that something did not happen.
 */
public class SagaEvents implements AutoCloseable {

    private static final List<String> CONSUMED_TOPICS = List.of(Topics.RESERVATION_EVENTS, Topics.PAYMENT_EVENTS);

    private final TopicWriter writer = new TopicWriter();
    private final ConsumerGroups consumerGroups = new ConsumerGroups();
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
        consumerGroups.awaitCaughtUp(Map.of(consumerGroup, CONSUMED_TOPICS), TopicReader.DEFAULT_TIMEOUT);
    }

    @Override
    public void close() {
        writer.close();
        consumerGroups.close();
    }
}
