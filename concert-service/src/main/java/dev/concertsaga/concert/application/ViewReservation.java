package dev.concertsaga.concert.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.concertsaga.concert.domain.Reservation;

/** A reservation as its user follows it: HELD, then CONFIRMED by a payment or EXPIRED. */
@Service
public class ViewReservation {

    private final ReservationStore reservations;

    public ViewReservation(ReservationStore reservations) {
        this.reservations = reservations;
    }

    public Optional<Reservation> byId(UUID reservationId) {
        return reservations.find(reservationId);
    }
}
