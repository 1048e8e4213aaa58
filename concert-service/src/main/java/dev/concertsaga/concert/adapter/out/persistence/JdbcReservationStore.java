package dev.concertsaga.concert.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.ReservationStore;
import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.concert.domain.ReservationStatus;

@Component
class JdbcReservationStore implements ReservationStore {

    private final JdbcClient jdbc;

    JdbcReservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A broken invariant (a second live reservation of a seat) fails this insert, not the commit. */
    @Override
    public void add(Reservation reservation) {
        jdbc.sql("""
                        INSERT INTO reservation (id, user_id, schedule_id, seat_id, price, status, held_until, confirmed_by_payment)
                        VALUES (:id, :userId, :scheduleId, :seatId, :price, :status, :heldUntil, :confirmedBy)
                        """)
                .param("id", reservation.id())
                .param("userId", reservation.userId())
                .param("scheduleId", reservation.scheduleId())
                .param("seatId", reservation.seatId())
                .param("price", reservation.price())
                .param("status", reservation.status().name())
                .param("heldUntil", OffsetDateTime.ofInstant(reservation.heldUntil(), ZoneOffset.UTC))
                .param("confirmedBy", reservation.confirmedBy())
                .update();
    }

    @Override
    public Optional<Reservation> find(UUID reservationId) {
        return jdbc.sql("""
                        SELECT id, user_id, schedule_id, seat_id, price, status, held_until, confirmed_by_payment FROM reservation
                        WHERE id = :id
                        """)
                .param("id", reservationId)
                .query(JdbcReservationStore::reservation)
                .optional();
    }

    @Override
    public Optional<Reservation> lock(UUID reservationId) {
        return jdbc.sql("""
                        SELECT id, user_id, schedule_id, seat_id, price, status, held_until, confirmed_by_payment FROM reservation
                        WHERE id = :id
                        FOR UPDATE
                        """)
                .param("id", reservationId)
                .query(JdbcReservationStore::reservation)
                .optional();
    }

    /** Oldest deadline first; SKIP LOCKED lets instances share the work instead of queueing on each other's rows. */
    @Override
    public List<Reservation> lockHoldsDueAt(Instant now, int max) {
        return jdbc.sql("""
                        SELECT id, user_id, schedule_id, seat_id, price, status, held_until, confirmed_by_payment FROM reservation
                        WHERE status = 'HELD' AND held_until <= :now
                        ORDER BY held_until
                        LIMIT :max
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("max", max)
                .query(JdbcReservationStore::reservation)
                .list();
    }

    @Override
    public void update(Reservation reservation) {
        int updated = jdbc.sql("UPDATE reservation SET status = :status, confirmed_by_payment = :confirmedBy WHERE id = :id")
                .param("status", reservation.status().name())
                .param("confirmedBy", reservation.confirmedBy())
                .param("id", reservation.id())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("reservation " + reservation.id() + " does not exist");
        }
    }

    private static Reservation reservation(ResultSet row, int rowNumber) throws SQLException {
        return new Reservation(row.getObject("id", UUID.class), row.getLong("user_id"), row.getLong("schedule_id"),
                row.getLong("seat_id"), row.getLong("price"), ReservationStatus.valueOf(row.getString("status")),
                row.getObject("held_until", OffsetDateTime.class).toInstant(), row.getObject("confirmed_by_payment", UUID.class));
    }
}
