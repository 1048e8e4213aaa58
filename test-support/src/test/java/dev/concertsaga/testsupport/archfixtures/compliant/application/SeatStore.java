package dev.concertsaga.testsupport.archfixtures.compliant.application;

import java.util.Optional;

import dev.concertsaga.testsupport.archfixtures.compliant.domain.Seat;

public interface SeatStore {

    Optional<Seat> find(long id);

    void save(Seat seat);
}
