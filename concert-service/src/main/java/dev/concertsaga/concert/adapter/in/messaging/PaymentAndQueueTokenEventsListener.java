package dev.concertsaga.concert.adapter.in.messaging;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.ConfirmReservation;
import dev.concertsaga.concert.application.RestoreReservation;
import dev.concertsaga.concert.application.TrackQueueTokens;
import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenEvent;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;

/**
 * What concert-service hears: the payment saga's requests (confirm the reservation, or restore it when the payment is
 * cancelled), and queue-service's tokens, kept as a projection so that a hold can check its token without calling
 * queue-service. One listener reads both topics, so that a poll's records of both are applied in one transaction and
 * acknowledged in one offset commit, where a listener per topic polled, opened a transaction and committed offsets
 * for each topic apart (README, Benchmark).
 */
@Component
class PaymentAndQueueTokenEventsListener {

    static final String TOPICS = Topics.PAYMENT_EVENTS + "+" + Topics.QUEUE_TOKEN_EVENTS;

    private final EventConsumer<Event> events;

    PaymentAndQueueTokenEventsListener(EventConsumers consumers, ConfirmReservation confirmReservation, RestoreReservation restoreReservation,
                                       TrackQueueTokens trackQueueTokens) {
        this.events = consumers.of(Map.of(
                Topics.PAYMENT_EVENTS, EventHandlers.of(PaymentEvent.class)
                        .on(PaymentRequested.class, ConfirmReservation.class, (envelope, requested) -> confirmReservation.confirm(requested))
                        .on(PaymentCancelled.class, RestoreReservation.class, (envelope, cancelled) -> restoreReservation.restore(cancelled))
                        // The seat was sold when the reservation was confirmed.
                        .ignore(PaymentCompleted.class),
                Topics.QUEUE_TOKEN_EVENTS, EventHandlers.of(QueueTokenEvent.class)
                        .on(QueueTokenActivated.class, TrackQueueTokens.class, (envelope, activated) -> trackQueueTokens.activated(activated))
                        .on(QueueTokenExpired.class, TrackQueueTokens.class, (envelope, expired) -> trackQueueTokens.expired(expired))
                        .on(QueueTokenRestored.class, TrackQueueTokens.class, (envelope, restored) -> trackQueueTokens.restored(restored))
                        // A failed expiry changed no token.
                        .ignore(QueueTokenExpiryFailed.class)));
    }

    @KafkaListener(id = TOPICS, idIsGroup = false, topics = {Topics.PAYMENT_EVENTS, Topics.QUEUE_TOKEN_EVENTS}, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<Event>>> records) {
        events.accept(records);
    }
}
