package dev.concertsaga.concert.application;

import java.util.List;

import dev.concertsaga.concert.domain.Concert;
import dev.concertsaga.concert.domain.Seat;

/** Read access to concerts, schedules and seats; each list is one query. */
public interface Catalog {

    List<Concert> concerts();

    boolean hasConcert(long concertId);

    /** The concert's schedules, earliest first, each with its number of AVAILABLE seats. */
    List<ScheduleSummary> schedulesOf(long concertId);

    boolean hasSchedule(long scheduleId);

    /** The schedule's seats, by number. */
    List<Seat> seatsOf(long scheduleId);
}
