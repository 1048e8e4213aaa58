package dev.concertsaga.concert.adapter.out.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import dev.concertsaga.concert.application.ScheduleSummary;
import dev.concertsaga.concert.domain.SeatStatus;

interface ScheduleRepository extends Repository<ScheduleEntity, Long> {

    boolean existsById(Long id);

    /** One query for the whole list: the seats are counted in the join, not schedule by schedule. */
    @Query("""
            SELECT new dev.concertsaga.concert.application.ScheduleSummary(s.id, s.startsAt, COUNT(seat.id))
            FROM ScheduleEntity s
            LEFT JOIN SeatEntity seat ON seat.scheduleId = s.id AND seat.status = :counted
            WHERE s.concertId = :concertId
            GROUP BY s.id, s.startsAt
            ORDER BY s.startsAt, s.id""")
    List<ScheduleSummary> summariesOf(long concertId, SeatStatus counted);
}
