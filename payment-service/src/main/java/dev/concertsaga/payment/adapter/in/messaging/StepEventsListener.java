package dev.concertsaga.payment.adapter.in.messaging;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenEvent;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
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
import dev.concertsaga.payment.application.LockPayments;
import dev.concertsaga.payment.application.RecordCompensation;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.VoidPayment;

/**
 * The other services' answers to a payment, each step done, refused or undone: concert-service's reservation (with the
 * price), queue-service's token and user-service's points. One listener reads the three topics, so that the answers
 * of a poll are applied in one transaction, ordered by payment: three listeners each locking the same payments
 * waited on each other's locks and commits (README, Benchmark). The poll's payments are locked first, in one statement.
 */
@Component
class StepEventsListener {

    static final String TOPICS = Topics.RESERVATION_EVENTS + "+" + Topics.QUEUE_TOKEN_EVENTS + "+" + Topics.POINT_EVENTS;

    private final EventConsumer<Event> events;

    StepEventsListener(EventConsumers consumers, LockPayments lockPayments, CompletePayment completePayment, VoidPayment voidPayment,
                       RecordCompensation recordCompensation) {
        this.events = consumers.bySaga(Map.of(
                Topics.RESERVATION_EVENTS, EventHandlers.of(ReservationEvent.class)
                        .on(ReservationConfirmed.class, CompletePayment.class, (envelope, confirmed) ->
                                completePayment.reservationConfirmed(SeenEvent.of(envelope), confirmed))
                        .on(ReservationConfirmationFailed.class, VoidPayment.class, (envelope, failed) ->
                                voidPayment.reservationRefused(SeenEvent.of(envelope), failed))
                        .on(ReservationRestored.class, RecordCompensation.class, (envelope, restored) -> recordCompensation.stepUndone(SeenEvent.of(envelope)))
                        // Holds and expiries happen outside any payment.
                        .ignore(ReservationHeld.class, ReservationExpired.class),
                Topics.QUEUE_TOKEN_EVENTS, EventHandlers.of(QueueTokenEvent.class)
                        // An expiry by TTL has no paymentId and belongs to no payment.
                        .on(QueueTokenExpired.class, CompletePayment.class, expired -> expired.paymentId() != null,
                                (envelope, expired) -> completePayment.queueTokenExpired(SeenEvent.of(envelope)))
                        .on(QueueTokenExpiryFailed.class, VoidPayment.class, (envelope, failed) -> voidPayment.queueTokenRefused(SeenEvent.of(envelope), failed))
                        .on(QueueTokenRestored.class, RecordCompensation.class, (envelope, restored) -> recordCompensation.stepUndone(SeenEvent.of(envelope)))
                        // Activations happen outside any payment.
                        .ignore(QueueTokenActivated.class),
                Topics.POINT_EVENTS, EventHandlers.of(PointEvent.class)
                        .on(PointsDeducted.class, CompletePayment.class, (envelope, deducted) -> completePayment.pointsDeducted(SeenEvent.of(envelope)))
                        .on(PointsDeductionFailed.class, VoidPayment.class, (envelope, failed) -> voidPayment.pointsRefused(SeenEvent.of(envelope), failed))
                        .on(PointsRefunded.class, RecordCompensation.class, (envelope, refunded) -> recordCompensation.stepUndone(SeenEvent.of(envelope)))
                        // Charges happen outside any payment.
                        .ignore(PointsCharged.class)))
                .beforeEffects(lockPayments::all);
    }

    @KafkaListener(id = TOPICS, idIsGroup = false, topics = {Topics.RESERVATION_EVENTS, Topics.QUEUE_TOKEN_EVENTS, Topics.POINT_EVENTS}, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<Event>>> records) {
        events.accept(records);
    }
}
