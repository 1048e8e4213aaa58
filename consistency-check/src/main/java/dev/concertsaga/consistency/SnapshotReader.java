package dev.concertsaga.consistency;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads each service's database (one read-only connection and a handful of whole-table queries each), then the topics. */
final class SnapshotReader {

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private SnapshotReader() {
    }

    static Snapshot read(Sources sources, Expectations expectations) throws SQLException {
        Map<String, Long> outbox = new LinkedHashMap<>();
        List<Snapshot.Payment> payments;
        List<Snapshot.Reservation> reservations;
        List<Snapshot.Seat> seats;
        List<Snapshot.Token> tokens;
        List<Snapshot.User> users;
        List<Snapshot.LedgerEntry> ledger;
        try (Connection db = sources.payment().connect()) {
            payments = query(db, "SELECT id, reservation_id, user_id, queue_token, status, amount, method FROM payment", row -> new Snapshot.Payment(
                    uuid(row, 1), uuid(row, 2), row.getLong(3), uuid(row, 4), row.getString(5), (Long) row.getObject(6), row.getString(7)));
            outbox.put("payment-service", backlog(db));
        }
        try (Connection db = sources.concert().connect()) {
            reservations = query(db, "SELECT id, seat_id, price, status, confirmed_by_payment FROM reservation", row -> new Snapshot.Reservation(
                    uuid(row, 1), row.getLong(2), row.getLong(3), row.getString(4), uuid(row, 5)));
            seats = query(db, "SELECT id, status FROM seat", row -> new Snapshot.Seat(row.getLong(1), row.getString(2)));
            outbox.put("concert-service", backlog(db));
        }
        try (Connection db = sources.queue().connect()) {
            tokens = query(db, "SELECT token, status, expired_by_payment FROM queue_token", row -> new Snapshot.Token(
                    uuid(row, 1), row.getString(2), uuid(row, 3)));
            outbox.put("queue-service", backlog(db));
        }
        try (Connection db = sources.user().connect()) {
            users = query(db, "SELECT id, balance FROM users", row -> new Snapshot.User(row.getLong(1), row.getLong(2)));
            ledger = query(db, "SELECT user_id, type, amount, payment_id FROM point_ledger", row -> new Snapshot.LedgerEntry(
                    row.getLong(1), row.getString(2), row.getLong(3), uuid(row, 4)));
            outbox.put("user-service", backlog(db));
        }
        List<Snapshot.ProviderCharge> charges = null;
        if (sources.provider() != null) {
            try (Connection db = sources.provider().connect()) {
                charges = query(db, """
                        SELECT c.idempotency_key, c.amount, c.status, (SELECT coalesce(sum(r.amount), 0) FROM refund r WHERE r.charge_id = c.id)
                        FROM charge c WHERE c.idempotency_key LIKE 'charge-%'
                        """, row -> new Snapshot.ProviderCharge(row.getString(1), row.getLong(2), row.getString(3), row.getLong(4)));
            }
        }
        // The topics after the tables: once the system is quiet, every outcome in the table is on the topic by then.
        PublishedOutcomes published = PublicTopicReader.read(sources.kafkaBootstrapServers());
        return new Snapshot(payments, reservations, seats, tokens, users, ledger, outbox, DeadLetters.read(sources.kafkaBootstrapServers()),
                published, expectations, charges);
    }

    private static long backlog(Connection db) throws SQLException {
        return query(db, "SELECT count(*) FROM messaging.outbox", row -> row.getLong(1)).get(0);
    }

    private static <T> List<T> query(Connection db, String sql, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(mapper.map(result));
            }
        }
        return rows;
    }

    private static UUID uuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }
}
