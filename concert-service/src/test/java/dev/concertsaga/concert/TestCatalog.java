package dev.concertsaga.concert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.concert.domain.SeatStatus;

/** Catalog rows of a test's own, and the seats and reservations the service stored, read straight from its database. */
class TestCatalog {

    static final long PRICE = 80_000;

    private final JdbcClient jdbc;

    TestCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new concert with one schedule of {@code seats} seats, numbered from 1, at {@link #PRICE}. */
    TestSchedule newSchedule(int seats) {
        long concertId = newConcert();
        long scheduleId = newSchedule(concertId, Instant.parse("2027-06-01T19:00:00Z"));
        return new TestSchedule(concertId, scheduleId, newSeats(scheduleId, seats));
    }

    long newConcert() {
        return jdbc.sql("INSERT INTO concert (title) VALUES ('Test concert') RETURNING id").query(Long.class).single();
    }

    long newSchedule(long concertId, Instant startsAt) {
        return jdbc.sql("INSERT INTO schedule (concert_id, starts_at) VALUES (?, ?) RETURNING id")
                .params(concertId, startsAt.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    List<Long> newSeats(long scheduleId, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(number ->
                jdbc.sql("INSERT INTO seat (schedule_id, number, price) VALUES (?, ?, ?) RETURNING id")
                        .params(scheduleId, number, PRICE).query(Long.class).single()).toList();
    }

    SeatStatus seatStatus(long seatId) {
        return SeatStatus.valueOf(jdbc.sql("SELECT status FROM seat WHERE id = ?").param(seatId).query(String.class).single());
    }

    long scheduleOf(long seatId) {
        return jdbc.sql("SELECT schedule_id FROM seat WHERE id = ?").param(seatId).query(Long.class).single();
    }

    long reservationsOf(long seatId) {
        return jdbc.sql("SELECT count(*) FROM reservation WHERE seat_id = ?").param(seatId).query(Long.class).single();
    }

    /** A schedule made for one test, and its seats in number order. */
    record TestSchedule(long concertId, long scheduleId, List<Long> seatIds) {

        long seat(int number) {
            return seatIds.get(number - 1);
        }
    }
}
