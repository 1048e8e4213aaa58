package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import dev.concertsaga.concert.domain.ReservationStatus;

interface ReservationRepository extends Repository<ReservationEntity, UUID> {

    Optional<ReservationEntity> findById(UUID id);

    @Query(value = "SELECT * FROM reservation WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<ReservationEntity> lockById(UUID id);

    /** Oldest deadline first; SKIP LOCKED lets instances share the work instead of queueing on each other's rows. */
    @Query(value = """
            SELECT * FROM reservation
            WHERE status = 'HELD' AND held_until <= :now
            ORDER BY held_until
            LIMIT :max
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<ReservationEntity> lockHoldsDueAt(Instant now, int max);

    @Modifying
    @Query("UPDATE ReservationEntity r SET r.status = :status, r.confirmedBy = :confirmedBy WHERE r.id = :id")
    int updateStatus(UUID id, ReservationStatus status, UUID confirmedBy);
}
