package dev.concertsaga.concert.adapter.out.persistence;

import java.util.List;

import org.springframework.stereotype.Repository;

import dev.concertsaga.concert.application.Catalog;
import dev.concertsaga.concert.application.ScheduleSummary;
import dev.concertsaga.concert.domain.Concert;
import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

@Repository
class CatalogPersistenceAdapter implements Catalog {

    private final ConcertRepository concerts;
    private final ScheduleRepository schedules;
    private final SeatRepository seats;

    CatalogPersistenceAdapter(ConcertRepository concerts, ScheduleRepository schedules, SeatRepository seats) {
        this.concerts = concerts;
        this.schedules = schedules;
        this.seats = seats;
    }

    @Override
    public List<Concert> concerts() {
        return concerts.findAllByOrderById().stream().map(ConcertEntity::toDomain).toList();
    }

    @Override
    public boolean hasConcert(long concertId) {
        return concerts.existsById(concertId);
    }

    @Override
    public List<ScheduleSummary> schedulesOf(long concertId) {
        return schedules.summariesOf(concertId, SeatStatus.AVAILABLE);
    }

    @Override
    public boolean hasSchedule(long scheduleId) {
        return schedules.existsById(scheduleId);
    }

    @Override
    public List<Seat> seatsOf(long scheduleId) {
        return seats.findByScheduleIdOrderByNumber(scheduleId).stream().map(SeatEntity::toDomain).toList();
    }
}
