package dev.concertsaga.payment.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenEvent;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;
import dev.concertsaga.payment.application.CompletePayment;
import dev.concertsaga.payment.application.RecordCompensation;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.VoidPayment;

/** queue-service's answer to a payment: the token used up, refused, or restored. */
@Component
class QueueTokenEventsListener {

    private final EventConsumer<QueueTokenEvent> events;

    QueueTokenEventsListener(EventConsumers consumers, CompletePayment completePayment, VoidPayment voidPayment,
                             RecordCompensation recordCompensation) {
        this.events = consumers.bySaga(Topics.QUEUE_TOKEN_EVENTS, EventHandlers.of(QueueTokenEvent.class)
                // An expiry by TTL has no paymentId and belongs to no payment.
                .on(QueueTokenExpired.class, CompletePayment.class, expired -> expired.paymentId() != null,
                        (envelope, expired) -> completePayment.queueTokenExpired(SeenEvent.of(envelope)))
                .on(QueueTokenExpiryFailed.class, VoidPayment.class, (envelope, failed) -> voidPayment.queueTokenRefused(SeenEvent.of(envelope), failed))
                .on(QueueTokenRestored.class, RecordCompensation.class, (envelope, restored) -> recordCompensation.stepUndone(SeenEvent.of(envelope)))
                // Activations happen outside any payment.
                .ignore(QueueTokenActivated.class));
    }

    @KafkaListener(id = Topics.QUEUE_TOKEN_EVENTS, idIsGroup = false, topics = Topics.QUEUE_TOKEN_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<QueueTokenEvent>>> records) {
        events.accept(records);
    }
}
