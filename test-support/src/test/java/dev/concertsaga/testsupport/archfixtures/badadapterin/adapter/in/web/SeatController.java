package dev.concertsaga.testsupport.archfixtures.badadapterin.adapter.in.web;

import dev.concertsaga.testsupport.archfixtures.badadapterin.adapter.out.persistence.JdbcSeatStore;

class SeatController {

    private final JdbcSeatStore seats = new JdbcSeatStore();

    boolean hold(long seatId) {
        return seats.holdIfAvailable(seatId);
    }
}
