package dev.concertsaga.user.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationEvent;
import dev.concertsaga.events.ReservationExpired;
import dev.concertsaga.events.ReservationHeld;
import dev.concertsaga.events.ReservationRestored;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;
import dev.concertsaga.user.application.DeductPoints;

/** A confirmed reservation is the saga's cue to deduct the seat's price from the payer's points. */
@Component
class ReservationEventsListener {

    private final EventConsumer<ReservationEvent> events;

    ReservationEventsListener(EventConsumers consumers, DeductPoints deductPoints) {
        this.events = consumers.of(Topics.RESERVATION_EVENTS, EventHandlers.of(ReservationEvent.class)
                // A card payment is charged by payment-service at the provider: no points move for it.
                .on(ReservationConfirmed.class, DeductPoints.class, confirmed -> confirmed.method() == PaymentMethod.POINTS,
                        (envelope, confirmed) -> deductPoints.deduct(confirmed))
                // No points moved for these: a refund follows PaymentCancelled, not the restored reservation.
                .ignore(ReservationHeld.class, ReservationConfirmationFailed.class, ReservationRestored.class, ReservationExpired.class));
    }

    @KafkaListener(id = Topics.RESERVATION_EVENTS, idIsGroup = false, topics = Topics.RESERVATION_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<ReservationEvent>>> records) {
        events.accept(records);
    }
}
