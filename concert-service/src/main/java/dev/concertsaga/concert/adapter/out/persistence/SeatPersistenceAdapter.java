package dev.concertsaga.concert.adapter.out.persistence;

import java.util.Optional;

import org.springframework.stereotype.Repository;

import dev.concertsaga.concert.application.SeatStore;
import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

@Repository
class SeatPersistenceAdapter implements SeatStore {

    private final SeatRepository repository;

    SeatPersistenceAdapter(SeatRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Seat> find(long seatId) {
        return repository.findById(seatId).map(SeatEntity::toDomain);
    }

    @Override
    public boolean holdIfAvailable(long seatId) {
        return repository.holdIfAvailable(seatId) == 1;
    }

    @Override
    public void setStatus(long seatId, SeatStatus status) {
        if (repository.setStatus(seatId, status) != 1) {
            throw new IllegalStateException("seat " + seatId + " does not exist");
        }
    }
}
