package dev.concertsaga.concert.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.ConfirmReservation;
import dev.concertsaga.concert.application.RestoreReservation;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;

/** The payment saga's requests to concert-service: confirm the reservation, or restore it when the payment is cancelled. */
@Component
class PaymentEventsListener {

    private final EventConsumer<PaymentEvent> events;

    PaymentEventsListener(EventConsumers consumers, ConfirmReservation confirmReservation, RestoreReservation restoreReservation) {
        this.events = consumers.of(Topics.PAYMENT_EVENTS, EventHandlers.of(PaymentEvent.class)
                .on(PaymentRequested.class, ConfirmReservation.class, (envelope, requested) -> confirmReservation.confirm(requested))
                .on(PaymentCancelled.class, RestoreReservation.class, (envelope, cancelled) -> restoreReservation.restore(cancelled))
                // The seat was sold when the reservation was confirmed.
                .ignore(PaymentCompleted.class));
    }

    @KafkaListener(id = Topics.PAYMENT_EVENTS, idIsGroup = false, topics = Topics.PAYMENT_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<PaymentEvent>>> records) {
        events.accept(records);
    }
}
