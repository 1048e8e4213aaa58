package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

import dev.concertsaga.concert.application.ReservationStore;
import dev.concertsaga.concert.domain.Reservation;

@Repository
class ReservationPersistenceAdapter implements ReservationStore {

    private final ReservationRepository repository;
    private final EntityManager entityManager;

    ReservationPersistenceAdapter(ReservationRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    /** Inserted at once, so a broken invariant (a second live reservation of a seat) fails here, not at commit. */
    @Override
    public void add(Reservation reservation) {
        entityManager.persist(ReservationEntity.of(reservation));
        entityManager.flush();
    }

    @Override
    public Optional<Reservation> find(UUID reservationId) {
        return repository.findById(reservationId).map(ReservationEntity::toDomain);
    }

    @Override
    public Optional<Reservation> lock(UUID reservationId) {
        return repository.lockById(reservationId).map(ReservationEntity::toDomain);
    }

    @Override
    public List<Reservation> lockHoldsDueAt(Instant now, int max) {
        return repository.lockHoldsDueAt(now, max).stream().map(ReservationEntity::toDomain).toList();
    }

    @Override
    public void update(Reservation reservation) {
        if (repository.updateStatus(reservation.id(), reservation.status(), reservation.confirmedBy()) != 1) {
            throw new IllegalStateException("reservation " + reservation.id() + " does not exist");
        }
    }
}
