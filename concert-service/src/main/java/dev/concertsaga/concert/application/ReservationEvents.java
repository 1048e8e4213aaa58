package dev.concertsaga.concert.application;

import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationExpired;
import dev.concertsaga.events.ReservationHeld;

/** The events that announce what happened to a reservation, read off its new state. */
final class ReservationEvents {

    private ReservationEvents() {
    }

    static ReservationHeld held(Reservation reservation) {
        return new ReservationHeld(reservation.id(), reservation.userId(), reservation.scheduleId(), reservation.seatId(),
                reservation.price(), reservation.heldUntil());
    }

    /**
     * The amount to pay is the price the seat had when it was held: it comes from here, never from the client. The
     * method is the payment's, carried on so that user-service deducts points only for a payment with points.
     */
    static ReservationConfirmed confirmed(Reservation reservation, PaymentMethod method) {
        return new ReservationConfirmed(reservation.id(), reservation.confirmedBy(), reservation.userId(), reservation.seatId(),
                reservation.price(), method);
    }

    static ReservationExpired expired(Reservation reservation) {
        return new ReservationExpired(reservation.id(), reservation.userId(), reservation.seatId());
    }
}
