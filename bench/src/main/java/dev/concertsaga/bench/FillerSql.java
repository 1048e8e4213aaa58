package dev.concertsaga.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rows of completed sagas, as if the system had been running for a while: sagas number {@code from} to {@code to - 1}
 * written by generate_series straight into each service's tables, consistent across the four databases (the same
 * payment, reservation, token and user ids everywhere). Per saga: payment-service a COMPLETED payment, 5 timeline rows
 * and 3 inbox rows; concert-service a SOLD seat, its CONFIRMED reservation, the EXPIRED token in its projection and
 * 2 inbox rows; queue-service the token EXPIRED by the payment and 2 inbox rows; user-service a USE ledger row and 2
 * inbox rows, and every tenth saga a new user charged for ten seats. Ids are time-ordered UUIDs from the past, so new
 * payments sort after them as they would in a real system. Event ids are shared the same way: the timeline's
 * PaymentRequested (kind 11), ReservationConfirmed (12), QueueTokenExpired (13), PointsDeducted (14) and
 * PaymentCompleted (15) are the ids the consumers' inbox rows record.
 */
final class FillerSql {

    static final long PRICE = 50_000;
    private static final long USER_BASE = 500_000_000L;

    private static final String UUID_FUNCTION = """
            CREATE OR REPLACE FUNCTION pg_temp.bench_uuid(kind int, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
            $$ SELECT (lpad(to_hex(1700000000000 + n * 10), 12, '0') || '7' || lpad(to_hex(kind), 3, '0') || '8' || lpad(to_hex(n), 15, '0'))::uuid $$""";
    private static final String AT = "to_timestamp((1700000000000 + n * 10) / 1000.0)";
    private static final String SAGAS = " FROM generate_series(?::bigint, ?::bigint - 1) n";

    private FillerSql() {
    }

    static void payment(Connection c, long from, long to) throws SQLException {
        run(c, from, to, """
                INSERT INTO payment (id, reservation_id, user_id, queue_token, idempotency_key, request_fingerprint, created_at, status,
                    amount, reservation_confirmed, token_expired, points_deducted, completed_at, version)
                SELECT pg_temp.bench_uuid(1, n), pg_temp.bench_uuid(2, n), %d + n / 10, pg_temp.bench_uuid(3, n), 'bench-filler-' || n,
                    md5(n::text), %s, 'COMPLETED', %d, true, true, true, %s + interval '90 ms', 4""".formatted(USER_BASE, AT, PRICE, AT) + SAGAS,
                """
                INSERT INTO payment_timeline (payment_id, event_id, event_type, occurred_at, recorded_at)
                SELECT pg_temp.bench_uuid(1, n), pg_temp.bench_uuid(10 + k, n), (ARRAY['PaymentRequested', 'ReservationConfirmed',
                    'QueueTokenExpired', 'PointsDeducted', 'PaymentCompleted'])[k], %s + k * interval '20 ms', %s + k * interval '20 ms'
                """.formatted(AT, AT) + SAGAS + " CROSS JOIN generate_series(1, 5) k",
                inbox("payment-service.reservation-events", 12) + " UNION ALL " + inbox("payment-service.queue-token-events", 13)
                        + " UNION ALL " + inbox("payment-service.point-events", 14));
    }

    static void concert(Connection c, long from, long to) throws SQLException {
        long schedule;
        try (Statement s = c.createStatement(); var row = s.executeQuery(
                "INSERT INTO schedule (concert_id, starts_at) SELECT min(id), now() - interval '1 year' FROM concert RETURNING id")) {
            row.next();
            schedule = row.getLong(1);
        }
        run(c, from, to, """
                WITH seats AS (INSERT INTO seat (schedule_id, number, price, status) SELECT %d, n + 1, %d, 'SOLD'%s RETURNING id, number)
                INSERT INTO reservation (id, user_id, schedule_id, seat_id, price, status, held_until, confirmed_by_payment)
                SELECT pg_temp.bench_uuid(2, number - 1), %d + (number - 1) / 10, %d, id, %d, 'CONFIRMED',
                    to_timestamp((1700000000000 + (number - 1) * 10) / 1000.0) + interval '5 minutes', pg_temp.bench_uuid(1, number - 1) FROM seats
                """.formatted(schedule, PRICE, SAGAS, USER_BASE, schedule, PRICE),
                "INSERT INTO queue_token (token, user_id, status, active_until) SELECT pg_temp.bench_uuid(3, n), %d + n / 10, 'EXPIRED', %s + interval '10 minutes'"
                        .formatted(USER_BASE, AT) + SAGAS,
                inbox("concert-service.payment-events", 11) + " UNION ALL " + inbox("concert-service.queue-token-events", 13));
    }

    static void queue(Connection c, long from, long to) throws SQLException {
        run(c, from, to, """
                INSERT INTO queue_token (token, user_id, status, issued_at, active_until, expired_by_payment)
                SELECT pg_temp.bench_uuid(3, n), %d + n / 10, 'EXPIRED', %s - interval '1 minute', %s + interval '10 minutes', pg_temp.bench_uuid(1, n)
                """.formatted(USER_BASE, AT, AT) + SAGAS,
                inbox("queue-service.payment-events", 11) + " UNION ALL " + inbox("queue-service.payment-events", 15));
    }

    static void user(Connection c, long from, long to) throws SQLException {
        run(c, from, to,
                "INSERT INTO users (id, name, balance, created_at) OVERRIDING SYSTEM VALUE SELECT %d + n / 10, 'bench filler', 0, %s"
                        .formatted(USER_BASE, AT) + SAGAS + " WHERE n % 10 = 0",
                "INSERT INTO point_ledger (user_id, type, amount, balance_after, occurred_at) SELECT %d + n / 10, 'CHARGE', %d, %d, %s"
                        .formatted(USER_BASE, PRICE * 10, PRICE * 10, AT) + SAGAS + " WHERE n % 10 = 0",
                "INSERT INTO point_ledger (user_id, type, amount, payment_id, balance_after, occurred_at) SELECT %d + n / 10, 'USE', %d, pg_temp.bench_uuid(1, n), %d * (9 - n %% 10), %s + interval '40 ms'"
                        .formatted(USER_BASE, PRICE, PRICE, AT) + SAGAS,
                inbox("user-service.reservation-events", 12) + " UNION ALL " + inbox("user-service.payment-events", 15));
    }

    private static String inbox(String consumer, int kind) {
        return "SELECT '" + consumer + "', pg_temp.bench_uuid(" + kind + ", n), now() - interval '1 hour'" + SAGAS;
    }

    /** Each statement over sagas [from, to), in chunks so that no transaction grows large; inbox rows last. */
    private static void run(Connection c, long from, long to, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(UUID_FUNCTION);
        }
        for (int i = 0; i < statements.length; i++) {
            boolean inbox = i == statements.length - 1;
            String sql = inbox ? "INSERT INTO messaging.inbox (consumer, event_id, processed_at) " + statements[i] : statements[i];
            int parameters = countOf(sql, '?');
            for (long start = from; start < to; start += 50_000) {
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    for (int p = 1; p <= parameters; p += 2) {
                        insert.setLong(p, start);
                        insert.setLong(p + 1, Math.min(to, start + 50_000));
                    }
                    insert.executeUpdate();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private static int countOf(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
