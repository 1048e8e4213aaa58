package dev.concertsaga.concert.adapter.in.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.ConfirmReservation;
import dev.concertsaga.concert.application.RestoreReservation;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.Inbox;

/** This service's part of the payment saga: confirm the reservation when a payment is requested, restore it when cancelled. */
@Component
class PaymentEventsListener {

    static final String CONSUMER = "concert.payment-events";

    private final Inbox inbox;
    private final ConfirmReservation confirmReservation;
    private final RestoreReservation restoreReservation;

    PaymentEventsListener(Inbox inbox, ConfirmReservation confirmReservation, RestoreReservation restoreReservation) {
        this.inbox = inbox;
        this.confirmReservation = confirmReservation;
        this.restoreReservation = restoreReservation;
    }

    /** PaymentCompleted needs nothing here: the seat was sold when the reservation was confirmed. */
    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    void on(EventEnvelope<PaymentEvent> envelope) {
        if (envelope.data() instanceof PaymentRequested requested) {
            inbox.once(CONSUMER, envelope, () -> confirmReservation.confirm(requested));
        } else if (envelope.data() instanceof PaymentCancelled cancelled) {
            inbox.once(CONSUMER, envelope, () -> restoreReservation.restore(cancelled));
        }
    }
}
