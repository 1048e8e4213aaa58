package dev.concertsaga.concert.adapter.out.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.SeatStore;
import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

@Component
class JdbcSeatStore implements SeatStore {

    private final JdbcClient jdbc;

    JdbcSeatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Seat> find(long seatId) {
        return jdbc.sql("SELECT id, schedule_id, number, price, status FROM seat WHERE id = :seatId")
                .param("seatId", seatId)
                .query(SeatRows::seat)
                .optional();
    }

    /*
     * The row lock taken by the update makes concurrent callers queue; each re-reads the row once the one before it
     * commits, finds it no longer AVAILABLE and updates nothing.
     */
    @Override
    public boolean holdIfAvailable(long seatId) {
        return jdbc.sql("UPDATE seat SET status = 'HELD' WHERE id = :seatId AND status = 'AVAILABLE'")
                .param("seatId", seatId)
                .update() == 1;
    }

    @Override
    public void setStatus(long seatId, SeatStatus status) {
        int updated = jdbc.sql("UPDATE seat SET status = :status WHERE id = :seatId")
                .param("status", status.name())
                .param("seatId", seatId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("seat " + seatId + " does not exist");
        }
    }
}
