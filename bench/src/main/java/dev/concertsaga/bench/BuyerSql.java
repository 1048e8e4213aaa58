package dev.concertsaga.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.concertsaga.events.Uuids;

/**
 * The bench-only loader: buyers inserted by SQL, because thousands through the public APIs would take longer than the
 * measurement. The statements write what the services' own use cases would have written, table by table, so that
 * every row a payment reads agrees: the user with a balance and its CHARGE ledger row (user-service), the seat HELD
 * and its reservation HELD until tomorrow (concert-service), the token ACTIVE until tomorrow (queue-service, and
 * concert-service's projection of it). The monolith has all of these tables in one database.
 */
public final class BuyerSql {

    private BuyerSql() {
    }

    /** Users with {@code points} each, charged once; their ids in order. */
    public static long[] insertUsers(Connection users, int count, long points) throws SQLException {
        String sql = """
                WITH u AS (INSERT INTO users (name, balance, created_at) SELECT 'bench buyer ' || n, ?, now() FROM generate_series(1, ?) n RETURNING id),
                     l AS (INSERT INTO point_ledger (user_id, type, amount, balance_after, occurred_at) SELECT id, 'CHARGE', ?, ?, now() FROM u)
                SELECT id FROM u ORDER BY id""";
        try (PreparedStatement insert = users.prepareStatement(sql)) {
            insert.setLong(1, points);
            insert.setInt(2, count);
            insert.setLong(3, points);
            insert.setLong(4, points);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** A new schedule with one HELD seat at {@code price} per user, and each user's reservation of it. */
    public static UUID[] insertHeldReservations(Connection concert, long[] userIds, long price) throws SQLException {
        long schedule = single(concert, """
                WITH c AS (INSERT INTO concert (title) SELECT 'Bench night' WHERE NOT EXISTS (SELECT 1 FROM concert) RETURNING id)
                INSERT INTO schedule (concert_id, starts_at) SELECT coalesce((SELECT id FROM c), (SELECT min(id) FROM concert)), now() + interval '30 days'
                RETURNING id""");
        UUID[] reservations = new UUID[userIds.length];
        for (int i = 0; i < reservations.length; i++) {
            reservations[i] = Uuids.timeOrdered();
        }
        String sql = """
                WITH seats AS (INSERT INTO seat (schedule_id, number, price, status) SELECT ?, n, ?, 'HELD' FROM generate_series(1, ?) n RETURNING id, number)
                INSERT INTO reservation (id, user_id, schedule_id, seat_id, price, status, held_until)
                SELECT b.reservation, b.user_id, ?, seats.id, ?, 'HELD', now() + interval '1 day'
                FROM unnest(?::uuid[], ?::bigint[]) WITH ORDINALITY AS b (reservation, user_id, number) JOIN seats USING (number)""";
        try (PreparedStatement insert = concert.prepareStatement(sql)) {
            insert.setLong(1, schedule);
            insert.setLong(2, price);
            insert.setInt(3, userIds.length);
            insert.setLong(4, schedule);
            insert.setLong(5, price);
            insert.setArray(6, concert.createArrayOf("uuid", reservations));
            insert.setArray(7, longs(concert, userIds));
            insert.executeUpdate();
        }
        return reservations;
    }

    /** An ACTIVE token until tomorrow for each user, in queue-service's table (or the monolith's). */
    public static UUID[] insertActiveTokens(Connection queue, long[] userIds) throws SQLException {
        UUID[] tokens = new UUID[userIds.length];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = UUID.randomUUID();
        }
        try (PreparedStatement insert = queue.prepareStatement("""
                INSERT INTO queue_token (token, user_id, status, issued_at, active_until)
                SELECT t, u, 'ACTIVE', now(), now() + interval '1 day' FROM unnest(?::uuid[], ?::bigint[]) AS b (t, u)""")) {
            insert.setArray(1, queue.createArrayOf("uuid", tokens));
            insert.setArray(2, longs(queue, userIds));
            insert.executeUpdate();
        }
        return tokens;
    }

    /** concert-service's view of those tokens, as QueueTokenActivated events would have left it. */
    public static void insertTokenProjection(Connection concert, UUID[] tokens, long[] userIds) throws SQLException {
        try (PreparedStatement insert = concert.prepareStatement("""
                INSERT INTO queue_token (token, user_id, status, active_until)
                SELECT t, u, 'ACTIVE', now() + interval '1 day' FROM unnest(?::uuid[], ?::bigint[]) AS b (t, u)""")) {
            insert.setArray(1, concert.createArrayOf("uuid", tokens));
            insert.setArray(2, longs(concert, userIds));
            insert.executeUpdate();
        }
    }

    /** Buyers for the monolith, whose one database has every table. */
    public static List<Buyer> loadMonolith(Connection monolith, int count, long price, long points) throws SQLException {
        long[] users = insertUsers(monolith, count, points);
        return zip(users, insertActiveTokens(monolith, users), insertHeldReservations(monolith, users, price));
    }

    static List<Buyer> zip(long[] users, UUID[] tokens, UUID[] reservations) {
        List<Buyer> buyers = new ArrayList<>(users.length);
        for (int i = 0; i < users.length; i++) {
            buyers.add(new Buyer(users[i], tokens[i], reservations[i]));
        }
        return buyers;
    }

    private static Array longs(Connection connection, long[] values) throws SQLException {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return connection.createArrayOf("bigint", boxed);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
