package dev.concertsaga.payment.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;
import dev.concertsaga.payment.application.CompletePayment;
import dev.concertsaga.payment.application.RecordCompensation;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.VoidPayment;

/** user-service's answer to a payment: the points deducted, refused, or refunded. */
@Component
class PointEventsListener {

    private final EventConsumer<PointEvent> events;

    PointEventsListener(EventConsumers consumers, CompletePayment completePayment, VoidPayment voidPayment, RecordCompensation recordCompensation) {
        this.events = consumers.bySaga(Topics.POINT_EVENTS, EventHandlers.of(PointEvent.class)
                .on(PointsDeducted.class, CompletePayment.class, (envelope, deducted) -> completePayment.pointsDeducted(SeenEvent.of(envelope)))
                .on(PointsDeductionFailed.class, VoidPayment.class, (envelope, failed) -> voidPayment.pointsRefused(SeenEvent.of(envelope), failed))
                .on(PointsRefunded.class, RecordCompensation.class, (envelope, refunded) -> recordCompensation.stepUndone(SeenEvent.of(envelope)))
                // Charges happen outside any payment.
                .ignore(PointsCharged.class));
    }

    @KafkaListener(id = Topics.POINT_EVENTS, idIsGroup = false, topics = Topics.POINT_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<PointEvent>>> records) {
        events.accept(records);
    }
}
