package dev.concertsaga.payment.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationEvent;
import dev.concertsaga.events.ReservationExpired;
import dev.concertsaga.events.ReservationHeld;
import dev.concertsaga.events.ReservationRestored;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;
import dev.concertsaga.payment.application.CompletePayment;
import dev.concertsaga.payment.application.RecordCompensation;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.VoidPayment;

/** concert-service's answer to a payment: the reservation confirmed (with the price), refused, or restored. */
@Component
class ReservationEventsListener {

    private final EventConsumer<ReservationEvent> events;

    ReservationEventsListener(EventConsumers consumers, CompletePayment completePayment, VoidPayment voidPayment,
                              RecordCompensation recordCompensation) {
        this.events = consumers.bySaga(Topics.RESERVATION_EVENTS, EventHandlers.of(ReservationEvent.class)
                .on(ReservationConfirmed.class, CompletePayment.class, (envelope, confirmed) ->
                        completePayment.reservationConfirmed(SeenEvent.of(envelope), confirmed))
                .on(ReservationConfirmationFailed.class, VoidPayment.class, (envelope, failed) ->
                        voidPayment.reservationRefused(SeenEvent.of(envelope), failed))
                .on(ReservationRestored.class, RecordCompensation.class, (envelope, restored) -> recordCompensation.stepUndone(SeenEvent.of(envelope)))
                // Holds and expiries happen outside any payment.
                .ignore(ReservationHeld.class, ReservationExpired.class));
    }

    @KafkaListener(id = Topics.RESERVATION_EVENTS, idIsGroup = false, topics = Topics.RESERVATION_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<ReservationEvent>>> records) {
        events.accept(records);
    }
}
