package dev.concertsaga.concert.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

/** A row of {@code seat} as the domain's {@link Seat}; the catalog and the seat store read the same columns. */
final class SeatRows {

    private SeatRows() {
    }

    static Seat seat(ResultSet row, int rowNumber) throws SQLException {
        return new Seat(row.getLong("id"), row.getLong("schedule_id"), row.getInt("number"), row.getLong("price"),
                SeatStatus.valueOf(row.getString("status")));
    }
}
