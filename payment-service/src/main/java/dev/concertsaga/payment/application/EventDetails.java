package dev.concertsaga.payment.application;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationExpired;
import dev.concertsaga.events.ReservationHeld;
import dev.concertsaga.events.ReservationRestored;
import dev.concertsaga.messaging.EventCases;

/**
 * The one line a person debugging a saga wants to see next to each event on a payment's timeline. Built as
 * {@link EventCases} over every event type, so a new one fails this class (and every test that records a timeline)
 * until it is described here or listed as having nothing to add.
 */
final class EventDetails {

    /** One case per event type; read it as a table. */
    private static final EventCases<Event, String> DETAILS = EventCases.<Event, String>of(Event.class)
            .on(PaymentRequested.class, e -> "reservation " + e.reservationId() + ", user " + e.userId() + ", token " + e.queueToken()
                    + (e.method() == PaymentMethod.CARD ? ", by card" : ""))
            .on(PaymentCompleted.class, e -> "amount " + e.amount())
            .on(PaymentCancelled.class, e -> "reason " + e.reason() + ", failed step " + e.failedStep())
            .on(ReservationConfirmed.class, e -> "amount " + e.amount() + ", seat " + e.seatId())
            .on(ReservationConfirmationFailed.class, e -> "reason " + e.reason())
            .on(ReservationRestored.class, e -> "reservation " + e.status() + ", held until " + e.heldUntil())
            .on(QueueTokenExpired.class, e -> "token " + e.token())
            .on(QueueTokenExpiryFailed.class, e -> "reason " + e.reason() + ", token " + e.token())
            .on(QueueTokenRestored.class, e -> "token " + e.status() + ", active until " + e.activeUntil())
            .on(PointsDeducted.class, e -> "amount " + e.amount() + ", balance " + e.balance())
            .on(PointsDeductionFailed.class, e -> "reason " + e.reason())
            .on(PointsRefunded.class, e -> "amount " + e.amount() + ", balance " + e.balance())
            // Outside any saga: no timeline records them.
            .ignore(ReservationHeld.class, ReservationExpired.class, QueueTokenActivated.class, PointsCharged.class)
            .build();

    private EventDetails() {
    }

    /** The detail of this event, or null for a type with nothing to add. */
    static String describe(Event event) {
        return DETAILS.apply(event).orElse(null);
    }
}
