package dev.concertsaga.concert.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.Catalog;
import dev.concertsaga.concert.application.ScheduleSummary;
import dev.concertsaga.concert.domain.Concert;
import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

@Component
class JdbcCatalog implements Catalog {

    private final JdbcClient jdbc;

    JdbcCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Concert> concerts() {
        return jdbc.sql("SELECT id, title FROM concert ORDER BY id")
                .query((row, rowNumber) -> new Concert(row.getLong("id"), row.getString("title")))
                .list();
    }

    @Override
    public boolean hasConcert(long concertId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM concert WHERE id = :id)").param("id", concertId).query(Boolean.class).single();
    }

    /** One query for the whole list: the seats are counted in the join, not schedule by schedule. */
    @Override
    public List<ScheduleSummary> schedulesOf(long concertId) {
        return jdbc.sql("""
                        SELECT s.id, s.starts_at, count(seat.id) AS available_seats
                        FROM schedule s
                        LEFT JOIN seat ON seat.schedule_id = s.id AND seat.status = :counted
                        WHERE s.concert_id = :concertId
                        GROUP BY s.id, s.starts_at
                        ORDER BY s.starts_at, s.id
                        """)
                .param("counted", SeatStatus.AVAILABLE.name())
                .param("concertId", concertId)
                .query(JdbcCatalog::summary)
                .list();
    }

    @Override
    public boolean hasSchedule(long scheduleId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM schedule WHERE id = :id)").param("id", scheduleId).query(Boolean.class).single();
    }

    @Override
    public List<Seat> seatsOf(long scheduleId) {
        return jdbc.sql("SELECT id, schedule_id, number, price, status FROM seat WHERE schedule_id = :scheduleId ORDER BY number")
                .param("scheduleId", scheduleId)
                .query(SeatRows::seat)
                .list();
    }

    private static ScheduleSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new ScheduleSummary(row.getLong("id"), row.getObject("starts_at", OffsetDateTime.class).toInstant(),
                row.getLong("available_seats"));
    }
}
