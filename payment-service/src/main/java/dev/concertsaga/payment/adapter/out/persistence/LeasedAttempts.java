package dev.concertsaga.payment.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of calls to the card provider, one row a payment, that workers claim with a lease: {@code card_charge},
 * {@code card_refund}. A claim is one statement: due rows, oldest first, SKIP LOCKED so instances share them.
 */
final class LeasedAttempts {

    private final JdbcClient jdbc;
    private final String table;

    LeasedAttempts(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Leases up to {@code limit} due PENDING rows until {@code leaseUntil}, counting the attempt; {@code returning} names the columns read. */
    <T> List<T> claimDue(String returning, RowMapper<T> row, Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        UPDATE %1$s SET attempts = attempts + 1, next_attempt_at = :leaseUntil
                        WHERE payment_id IN (SELECT payment_id FROM %1$s
                                             WHERE status = 'PENDING' AND next_attempt_at <= :now
                                             ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING %2$s
                        """.formatted(table, returning))
                .param("now", timestamp(now))
                .param("leaseUntil", timestamp(leaseUntil))
                .param("limit", limit)
                .query(row)
                .list();
    }

    /** Moves a PENDING row's next attempt (ending its lease) to {@code at}. */
    void retryAt(UUID paymentId, Instant at) {
        jdbc.sql("UPDATE %s SET next_attempt_at = :at WHERE payment_id = :paymentId AND status = 'PENDING'".formatted(table))
                .param("paymentId", paymentId)
                .param("at", timestamp(at))
                .update();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
