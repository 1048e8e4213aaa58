package dev.concertsaga.payment.application;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationRestored;

/** The one line a person debugging a saga wants to see next to each event on a payment's timeline. */
final class EventDetails {

    private EventDetails() {
    }

    /** One branch per event type the timeline records; read it as a table. Null for a type with nothing to add. */
    static String describe(Event event) {
        if (event instanceof PaymentRequested e) return "reservation " + e.reservationId() + ", user " + e.userId() + ", token " + e.queueToken()
                + (e.method() == PaymentMethod.CARD ? ", by card" : "");
        if (event instanceof PaymentCompleted e) return "amount " + e.amount();
        if (event instanceof PaymentCancelled e) return "reason " + e.reason() + ", failed step " + e.failedStep();
        if (event instanceof ReservationConfirmed e) return "amount " + e.amount() + ", seat " + e.seatId();
        if (event instanceof ReservationConfirmationFailed e) return "reason " + e.reason();
        if (event instanceof ReservationRestored e) return "reservation " + e.status() + ", held until " + e.heldUntil();
        if (event instanceof QueueTokenExpired e) return "token " + e.token();
        if (event instanceof QueueTokenExpiryFailed e) return "reason " + e.reason() + ", token " + e.token();
        if (event instanceof QueueTokenRestored e) return "token " + e.status() + ", active until " + e.activeUntil();
        if (event instanceof PointsDeducted e) return "amount " + e.amount() + ", balance " + e.balance();
        if (event instanceof PointsDeductionFailed e) return "reason " + e.reason();
        if (event instanceof PointsRefunded e) return "amount " + e.amount() + ", balance " + e.balance();
        return null;
    }
}
