package dev.concertsaga.concert.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

record SeatResponse(@Schema(example = "12") long seatId,
                    @Schema(example = "12") int number,
                    @Schema(example = "80000") long price,
                    @Schema(example = "AVAILABLE") SeatStatus status) {

    static SeatResponse of(Seat seat) {
        return new SeatResponse(seat.id(), seat.number(), seat.price(), seat.status());
    }
}
