package dev.concertsaga.payment.adapter.in.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationEvent;
import dev.concertsaga.events.ReservationRestored;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.Inbox;
import dev.concertsaga.payment.application.CompletePayment;
import dev.concertsaga.payment.application.RecordCompensation;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.VoidPayment;

/** concert-service's answer to a payment: the reservation confirmed (with the price), refused, or restored. */
@Component
class ReservationEventsListener {

    private static final String CONSUMER = "payment-service." + Topics.RESERVATION_EVENTS;

    private final Inbox inbox;
    private final CompletePayment completePayment;
    private final VoidPayment voidPayment;
    private final RecordCompensation recordCompensation;

    ReservationEventsListener(Inbox inbox, CompletePayment completePayment, VoidPayment voidPayment, RecordCompensation recordCompensation) {
        this.inbox = inbox;
        this.completePayment = completePayment;
        this.voidPayment = voidPayment;
        this.recordCompensation = recordCompensation;
    }

    /** Holds and expiries happen outside any payment and are ignored. */
    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = Topics.RESERVATION_EVENTS)
    void on(EventEnvelope<ReservationEvent> envelope) {
        ReservationEvent event = envelope.data();
        if (event instanceof ReservationConfirmed confirmed) {
            inbox.once(CONSUMER, envelope, () -> completePayment.reservationConfirmed(SeenEvent.of(envelope), confirmed.amount()));
        } else if (event instanceof ReservationConfirmationFailed failed) {
            inbox.once(CONSUMER, envelope, () -> voidPayment.stepFailed(SeenEvent.of(envelope), FailedStep.RESERVATION, failed.reason()));
        } else if (event instanceof ReservationRestored) {
            inbox.once(CONSUMER, envelope, () -> recordCompensation.record(SeenEvent.of(envelope)));
        }
    }
}
