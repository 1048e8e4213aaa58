package dev.concertsaga.concert.adapter.in.web;

import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

record SeatResponse(long seatId, int number, long price, SeatStatus status) {

    static SeatResponse of(Seat seat) {
        return new SeatResponse(seat.id(), seat.number(), seat.price(), seat.status());
    }
}
