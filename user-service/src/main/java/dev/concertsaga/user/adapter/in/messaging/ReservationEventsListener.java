package dev.concertsaga.user.adapter.in.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationEvent;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.Inbox;
import dev.concertsaga.user.application.DeductPoints;

/** A confirmed reservation is the saga's cue to take its price from the user's points; other events are not ours. */
@Component
class ReservationEventsListener {

    static final String CONSUMER = "user-service." + Topics.RESERVATION_EVENTS;

    private final Inbox inbox;
    private final DeductPoints deductPoints;

    ReservationEventsListener(Inbox inbox, DeductPoints deductPoints) {
        this.inbox = inbox;
        this.deductPoints = deductPoints;
    }

    @KafkaListener(topics = Topics.RESERVATION_EVENTS)
    void on(EventEnvelope<ReservationEvent> envelope) {
        if (envelope.data() instanceof ReservationConfirmed confirmed) {
            inbox.once(CONSUMER, envelope, () -> deductPoints.deduct(confirmed.paymentId(), confirmed.userId(), confirmed.amount()));
        }
    }
}
