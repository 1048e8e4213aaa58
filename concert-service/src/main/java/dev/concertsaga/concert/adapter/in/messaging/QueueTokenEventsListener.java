package dev.concertsaga.concert.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.TrackQueueTokens;
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

/** Keeps concert-service's projection of queue tokens, so a hold can check its token without calling queue-service. */
@Component
class QueueTokenEventsListener {

    private final EventConsumer<QueueTokenEvent> events;

    QueueTokenEventsListener(EventConsumers consumers, TrackQueueTokens trackQueueTokens) {
        this.events = consumers.of(Topics.QUEUE_TOKEN_EVENTS, EventHandlers.of(QueueTokenEvent.class)
                .on(QueueTokenActivated.class, TrackQueueTokens.class, (envelope, activated) -> trackQueueTokens.activated(activated))
                .on(QueueTokenExpired.class, TrackQueueTokens.class, (envelope, expired) -> trackQueueTokens.expired(expired))
                .on(QueueTokenRestored.class, TrackQueueTokens.class, (envelope, restored) -> trackQueueTokens.restored(restored))
                // A failed expiry changed no token.
                .ignore(QueueTokenExpiryFailed.class));
    }

    @KafkaListener(id = Topics.QUEUE_TOKEN_EVENTS, idIsGroup = false, topics = Topics.QUEUE_TOKEN_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<QueueTokenEvent>>> records) {
        events.accept(records);
    }
}
