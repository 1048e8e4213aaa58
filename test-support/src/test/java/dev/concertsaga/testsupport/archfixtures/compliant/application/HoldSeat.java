package dev.concertsaga.testsupport.archfixtures.compliant.application;

import java.time.Instant;

import dev.concertsaga.testsupport.archfixtures.compliant.domain.Seat;

public class HoldSeat {

    private final SeatStore seats;
    private final HoldTtl holdTtl;

    public HoldSeat(SeatStore seats, HoldTtl holdTtl) {
        this.seats = seats;
        this.holdTtl = holdTtl;
    }

    public void hold(long seatId, Instant now) {
        seats.find(seatId).map(seat -> seat.hold(now, holdTtl.duration())).ifPresent(seats::save);
    }
}
