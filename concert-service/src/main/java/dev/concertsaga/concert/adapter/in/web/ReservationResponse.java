package dev.concertsaga.concert.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.concert.domain.ReservationStatus;

record ReservationResponse(UUID reservationId, long userId, long scheduleId, long seatId, long price,
                           ReservationStatus status, Instant heldUntil) {

    static ReservationResponse of(Reservation reservation) {
        return new ReservationResponse(reservation.id(), reservation.userId(), reservation.scheduleId(), reservation.seatId(),
                reservation.price(), reservation.status(), reservation.heldUntil());
    }
}
