package dev.concertsaga.concert.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.concert.domain.ReservationStatus;

record ReservationResponse(@Schema(example = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b") UUID reservationId,
                           @Schema(example = "7") long userId,
                           @Schema(example = "1") long scheduleId,
                           @Schema(example = "12") long seatId,
                           @Schema(example = "80000") long price,
                           @Schema(example = "HELD") ReservationStatus status,
                           @Schema(example = "2026-11-21T10:20:30Z") Instant heldUntil) {

    static ReservationResponse of(Reservation reservation) {
        return new ReservationResponse(reservation.id(), reservation.userId(), reservation.scheduleId(), reservation.seatId(),
                reservation.price(), reservation.status(), reservation.heldUntil());
    }
}
