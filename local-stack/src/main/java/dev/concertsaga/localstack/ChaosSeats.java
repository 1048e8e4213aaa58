package dev.concertsaga.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Seats for the run. The demo catalog has 300 and every completed payment sells one, so the run adds a concert of its
 * own to its (throw-away) catalog: test data, written where the catalog lives; all traffic then goes through the API.
 */
final class ChaosSeats {

    static final long PRICE = 50_000;
    private static final int PER_SCHEDULE = 500;

    /** A seat to hold. */
    record Seat(long scheduleId, long seatId) {
    }

    private final ConcurrentLinkedQueue<Seat> free = new ConcurrentLinkedQueue<>();

    static ChaosSeats add(Settings settings, int count) {
        ServiceSpec concert = ServiceSpec.ALL.stream().filter(s -> s.name().equals("concert-service")).findFirst().orElseThrow();
        Databases.Database database = Databases.configured(concert, settings);
        ChaosSeats seats = new ChaosSeats();
        try (Connection db = DriverManager.getConnection(database.url(), database.username(), database.password())) {
            db.createStatement().execute("INSERT INTO concert (title) VALUES ('Chaos Run')");
            try (PreparedStatement schedules = db.prepareStatement("INSERT INTO schedule (concert_id, starts_at) "
                    + "SELECT id, now() + make_interval(days => 30 + n) FROM concert, generate_series(1, ?) n WHERE title = 'Chaos Run'")) {
                schedules.setInt(1, (count + PER_SCHEDULE - 1) / PER_SCHEDULE);
                schedules.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO seat (schedule_id, number, price) SELECT s.id, n, ? "
                    + "FROM schedule s JOIN concert c ON c.id = s.concert_id AND c.title = 'Chaos Run', generate_series(1, ?) n")) {
                insert.setLong(1, PRICE);
                insert.setInt(2, PER_SCHEDULE);
                insert.executeUpdate();
            }
            try (ResultSet rows = db.createStatement().executeQuery("SELECT s.schedule_id, s.id FROM seat s JOIN schedule h ON h.id = s.schedule_id "
                    + "JOIN concert c ON c.id = h.concert_id AND c.title = 'Chaos Run' ORDER BY s.id")) {
                while (rows.next()) {
                    seats.free.add(new Seat(rows.getLong(1), rows.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw new StartupFailure("cannot add the chaos run's seats", e);
        }
        return seats;
    }

    Optional<Seat> next() {
        return Optional.ofNullable(free.poll());
    }

    /** A seat that was not held after all. */
    void giveBack(Seat seat) {
        free.add(seat);
    }
}
