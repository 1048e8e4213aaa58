package dev.concertsaga.messaging.testapp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.BackgroundWork;
import dev.concertsaga.messaging.Inbox;

/** Applies each PointsCharged once through the inbox: one applied_effect row per event. */
@Component
class PointEventsListener {

    private final Inbox inbox;
    private final JdbcClient jdbc;
    private final Faults faults;

    PointEventsListener(Inbox inbox, JdbcClient jdbc, Faults faults) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.faults = faults;
    }

    @KafkaListener(topics = Topics.POINT_EVENTS)
    void on(EventEnvelope<PointEvent> event) {
        faults.onAttempt(event.eventId());
        inbox.once("point-events", event, () -> apply(event.eventId(), (PointsCharged) event.data()));
    }

    private void apply(java.util.UUID eventId, PointsCharged charged) {
        jdbc.sql("INSERT INTO applied_effect (event_id, user_id, amount, background) VALUES (?, ?, ?, ?)")
                .params(eventId, charged.userId(), charged.amount(), BackgroundWork.isCurrentThread())
                .update();
    }
}
