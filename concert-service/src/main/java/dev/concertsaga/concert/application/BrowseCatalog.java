package dev.concertsaga.concert.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.concertsaga.concert.domain.Concert;
import dev.concertsaga.concert.domain.Seat;

/** The catalog a user picks a seat from: concerts, their schedules with the seats left, and a schedule's seats. */
@Service
public class BrowseCatalog {

    private final Catalog catalog;

    public BrowseCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<Concert> concerts() {
        return catalog.concerts();
    }

    /** @return the concert's schedules, earliest first; empty when there is no such concert */
    public Optional<List<ScheduleSummary>> schedulesOf(long concertId) {
        List<ScheduleSummary> schedules = catalog.schedulesOf(concertId);
        // Only an empty list needs a second query, to tell "no schedules yet" from "no such concert".
        return schedules.isEmpty() && !catalog.hasConcert(concertId) ? Optional.empty() : Optional.of(schedules);
    }

    /** @return the schedule's seats by number; empty when there is no such schedule */
    public Optional<List<Seat>> seatsOf(long scheduleId) {
        List<Seat> seats = catalog.seatsOf(scheduleId);
        return seats.isEmpty() && !catalog.hasSchedule(scheduleId) ? Optional.empty() : Optional.of(seats);
    }
}
