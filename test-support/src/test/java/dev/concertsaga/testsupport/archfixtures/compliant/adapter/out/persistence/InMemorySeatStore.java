package dev.concertsaga.testsupport.archfixtures.compliant.adapter.out.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.concertsaga.testsupport.archfixtures.compliant.application.SeatStore;
import dev.concertsaga.testsupport.archfixtures.compliant.domain.Seat;

class InMemorySeatStore implements SeatStore {

    private final Map<Long, Seat> seats = new HashMap<>();

    @Override
    public Optional<Seat> find(long id) {
        return Optional.ofNullable(seats.get(id));
    }

    @Override
    public void save(Seat seat) {
        seats.put(seat.id(), seat);
    }
}
