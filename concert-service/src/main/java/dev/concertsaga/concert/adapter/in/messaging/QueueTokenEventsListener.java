package dev.concertsaga.concert.adapter.in.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.TrackQueueTokens;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenEvent;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.Inbox;

/** Keeps the local view of queue tokens up to date, so that holding a seat never calls queue-service. */
@Component
class QueueTokenEventsListener {

    static final String CONSUMER = "concert.queue-token-events";

    private final Inbox inbox;
    private final TrackQueueTokens trackQueueTokens;

    QueueTokenEventsListener(Inbox inbox, TrackQueueTokens trackQueueTokens) {
        this.inbox = inbox;
        this.trackQueueTokens = trackQueueTokens;
    }

    /** QueueTokenExpiryFailed changes no token, so it is not tracked. */
    @KafkaListener(topics = Topics.QUEUE_TOKEN_EVENTS)
    void on(EventEnvelope<QueueTokenEvent> envelope) {
        if (envelope.data() instanceof QueueTokenActivated activated) {
            inbox.once(CONSUMER, envelope, () -> trackQueueTokens.activated(activated));
        } else if (envelope.data() instanceof QueueTokenExpired expired) {
            inbox.once(CONSUMER, envelope, () -> trackQueueTokens.expired(expired));
        } else if (envelope.data() instanceof QueueTokenRestored restored) {
            inbox.once(CONSUMER, envelope, () -> trackQueueTokens.restored(restored));
        }
    }
}
