package dev.concertsaga.testsupport.archfixtures.compliant.adapter.in.web;

import java.time.Instant;

import dev.concertsaga.testsupport.archfixtures.compliant.application.HoldSeat;

class SeatController {

    private final HoldSeat holdSeat;

    SeatController(HoldSeat holdSeat) {
        this.holdSeat = holdSeat;
    }

    void hold(HoldRequest request) {
        holdSeat.hold(request.seatId(), Instant.now());
    }

    record HoldRequest(long seatId) {
    }
}
