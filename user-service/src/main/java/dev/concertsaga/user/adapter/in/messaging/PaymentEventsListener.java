package dev.concertsaga.user.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;
import dev.concertsaga.user.application.RefundPoints;

/** A cancelled payment's points are refunded; the rest of the payment's life needs nothing from user-service. */
@Component
class PaymentEventsListener {

    private final EventConsumer<PaymentEvent> events;

    PaymentEventsListener(EventConsumers consumers, RefundPoints refundPoints) {
        this.events = consumers.of(Topics.PAYMENT_EVENTS, EventHandlers.of(PaymentEvent.class)
                .on(PaymentCancelled.class, RefundPoints.class, (envelope, cancelled) -> refundPoints.refund(cancelled))
                // Points are deducted on ReservationConfirmed, which carries the price; a request has none yet.
                .ignore(PaymentRequested.class, PaymentCompleted.class));
    }

    @KafkaListener(id = Topics.PAYMENT_EVENTS, idIsGroup = false, topics = Topics.PAYMENT_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<PaymentEvent>>> records) {
        events.accept(records);
    }
}
