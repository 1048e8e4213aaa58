package dev.concertsaga.user.adapter.in.messaging;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.PaymentRequested;
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
import dev.concertsaga.user.application.DeductPoints;
import dev.concertsaga.user.application.RefundPoints;

/**
 * What user-service hears: a confirmed reservation is the saga's cue to deduct the seat's price from the payer's
 * points, and a cancelled payment's points are refunded; the rest of a payment's life needs nothing from here. One
 * listener reads both topics, so that a poll's records of both are applied in one transaction and acknowledged in one
 * offset commit (README, Benchmark). A deduction and a refund of one payment can still run at the same moment, in two
 * instances of the service: see {@link DeductPoints} for the lock that makes that safe.
 */
@Component
class ReservationAndPaymentEventsListener {

    static final String TOPICS = Topics.RESERVATION_EVENTS + "+" + Topics.PAYMENT_EVENTS;

    private final EventConsumer<Event> events;

    ReservationAndPaymentEventsListener(EventConsumers consumers, DeductPoints deductPoints, RefundPoints refundPoints) {
        this.events = consumers.of(Map.of(
                Topics.RESERVATION_EVENTS, EventHandlers.of(ReservationEvent.class)
                        // A card payment is charged by payment-service at the provider: no points move for it.
                        .on(ReservationConfirmed.class, DeductPoints.class, confirmed -> confirmed.method() == PaymentMethod.POINTS,
                                (envelope, confirmed) -> deductPoints.deduct(confirmed))
                        // No points moved for these: a refund follows PaymentCancelled, not the restored reservation.
                        .ignore(ReservationHeld.class, ReservationConfirmationFailed.class, ReservationRestored.class, ReservationExpired.class),
                Topics.PAYMENT_EVENTS, EventHandlers.of(PaymentEvent.class)
                        .on(PaymentCancelled.class, RefundPoints.class, (envelope, cancelled) -> refundPoints.refund(cancelled))
                        // Points are deducted on ReservationConfirmed, which carries the price; a request has none yet.
                        .ignore(PaymentRequested.class, PaymentCompleted.class)));
    }

    @KafkaListener(id = TOPICS, idIsGroup = false, topics = {Topics.RESERVATION_EVENTS, Topics.PAYMENT_EVENTS}, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<Event>>> records) {
        events.accept(records);
    }
}
