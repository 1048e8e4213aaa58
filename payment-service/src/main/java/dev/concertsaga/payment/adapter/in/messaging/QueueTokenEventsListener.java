package dev.concertsaga.payment.adapter.in.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.QueueTokenEvent;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.Inbox;
import dev.concertsaga.payment.application.CompletePayment;
import dev.concertsaga.payment.application.RecordCompensation;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.VoidPayment;

/** queue-service's answer to a payment: the token used up by it, refused, or restored. */
@Component
class QueueTokenEventsListener {

    private static final String CONSUMER = "payment-service." + Topics.QUEUE_TOKEN_EVENTS;

    private final Inbox inbox;
    private final CompletePayment completePayment;
    private final VoidPayment voidPayment;
    private final RecordCompensation recordCompensation;

    QueueTokenEventsListener(Inbox inbox, CompletePayment completePayment, VoidPayment voidPayment, RecordCompensation recordCompensation) {
        this.inbox = inbox;
        this.completePayment = completePayment;
        this.voidPayment = voidPayment;
        this.recordCompensation = recordCompensation;
    }

    /** Activations and expiries by TTL (no paymentId) happen outside any payment and are ignored. */
    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = Topics.QUEUE_TOKEN_EVENTS)
    void on(EventEnvelope<QueueTokenEvent> envelope) {
        QueueTokenEvent event = envelope.data();
        if (event instanceof QueueTokenExpired expired && expired.paymentId() != null) {
            inbox.once(CONSUMER, envelope, () -> completePayment.queueTokenExpired(SeenEvent.of(envelope)));
        } else if (event instanceof QueueTokenExpiryFailed failed) {
            inbox.once(CONSUMER, envelope, () -> voidPayment.stepFailed(SeenEvent.of(envelope), FailedStep.QUEUE_TOKEN, failed.reason()));
        } else if (event instanceof QueueTokenRestored) {
            inbox.once(CONSUMER, envelope, () -> recordCompensation.record(SeenEvent.of(envelope)));
        }
    }
}
