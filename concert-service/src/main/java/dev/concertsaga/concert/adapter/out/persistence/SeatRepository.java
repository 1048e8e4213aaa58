package dev.concertsaga.concert.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import dev.concertsaga.concert.domain.SeatStatus;

interface SeatRepository extends Repository<SeatEntity, Long> {

    Optional<SeatEntity> findById(Long id);

    List<SeatEntity> findByScheduleIdOrderByNumber(long scheduleId);

    /*
     * The row lock taken by the update makes concurrent callers queue; each re-reads the row once the one before it
     * commits, finds it no longer AVAILABLE and updates nothing.
     */
    @Modifying
    @Query(value = "UPDATE seat SET status = 'HELD' WHERE id = :seatId AND status = 'AVAILABLE'", nativeQuery = true)
    int holdIfAvailable(long seatId);

    @Modifying
    @Query("UPDATE SeatEntity s SET s.status = :status WHERE s.id = :seatId")
    int setStatus(long seatId, SeatStatus status);
}
