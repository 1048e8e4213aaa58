package dev.concertsaga.messaging.testapp;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.BackgroundWork;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;

/** Applies each PointsCharged once through the inbox, a poll at a time: one applied_effect row per event. */
@Component
class PointEventsListener {

    private final JdbcClient jdbc;
    private final Faults faults;
    private final EventConsumer<PointEvent> events;

    PointEventsListener(EventConsumers consumers, JdbcClient jdbc, Faults faults) {
        this.jdbc = jdbc;
        this.faults = faults;
        this.events = consumers.of(Topics.POINT_EVENTS, EventHandlers.of(PointEvent.class)
                .on(PointsCharged.class, (envelope, charged) -> apply(envelope.eventId(), charged))
                .ignore(PointsDeducted.class, PointsDeductionFailed.class, PointsRefunded.class));
    }

    @KafkaListener(id = Topics.POINT_EVENTS, idIsGroup = false, topics = Topics.POINT_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<PointEvent>>> records) {
        records.stream().filter(record -> record.value() != null).forEach(record -> faults.delivered(record.value().eventId()));
        events.accept(records);
    }

    private void apply(UUID eventId, PointsCharged charged) {
        faults.onApply(eventId);
        jdbc.sql("INSERT INTO applied_effect (event_id, user_id, amount, background) VALUES (?, ?, ?, ?)")
                .params(eventId, charged.userId(), charged.amount(), BackgroundWork.isCurrentThread())
                .update();
    }
}
