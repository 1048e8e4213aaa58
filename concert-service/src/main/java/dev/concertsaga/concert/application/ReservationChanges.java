package dev.concertsaga.concert.application;

import org.springframework.stereotype.Component;

import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.events.ReservationEvent;
import dev.concertsaga.messaging.Outbox;

/**
 * Saves a locked reservation's new state, its seat's matching status and the event announcing the change, all in the
 * caller's transaction: a change is never saved without its event, nor announced without being saved.
 */
@Component
class ReservationChanges {

    private final ReservationStore reservations;
    private final SeatStore seats;
    private final Outbox outbox;

    ReservationChanges(ReservationStore reservations, SeatStore seats, Outbox outbox) {
        this.reservations = reservations;
        this.seats = seats;
        this.outbox = outbox;
    }

    void save(Reservation reservation, ReservationEvent announcement) {
        reservations.update(reservation);
        seats.setStatus(reservation.seatId(), reservation.seatStatus());
        outbox.add(announcement);
    }
}
