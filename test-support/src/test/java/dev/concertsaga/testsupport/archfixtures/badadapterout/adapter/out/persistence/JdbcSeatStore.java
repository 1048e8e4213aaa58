package dev.concertsaga.testsupport.archfixtures.badadapterout.adapter.out.persistence;

import dev.concertsaga.testsupport.archfixtures.badadapterout.adapter.in.web.HoldSeatRequest;

class JdbcSeatStore {

    boolean hold(HoldSeatRequest request) {
        return request.seatId() > 0;
    }
}
