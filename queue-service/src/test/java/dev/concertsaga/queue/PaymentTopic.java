package dev.concertsaga.queue;

import java.time.Clock;
import java.util.UUID;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.testsupport.TopicWriter;

/** Publishes payment events as payment-service would. */
class PaymentTopic implements AutoCloseable {

    private final TopicWriter writer = new TopicWriter();
    private final Clock clock;

    PaymentTopic(Clock clock) {
        this.clock = clock;
    }

    EventEnvelope<PaymentRequested> request(UUID paymentId, long userId, UUID token) {
        return send(EventEnvelope.of(new PaymentRequested(paymentId, UUID.randomUUID(), userId, token), clock.instant()));
    }

    EventEnvelope<PaymentCancelled> cancel(UUID paymentId, long userId) {
        PaymentCancelled cancelled = new PaymentCancelled(paymentId, UUID.randomUUID(), userId, FailureReason.INSUFFICIENT_POINTS, FailedStep.POINTS);
        return send(EventEnvelope.of(cancelled, clock.instant()));
    }

    /** Sends {@code envelope} (again, if it was sent before: Kafka delivers at least once). */
    <E extends EventEnvelope<?>> E send(E envelope) {
        writer.send(envelope);
        return envelope;
    }

    @Override
    public void close() {
        writer.close();
    }
}
