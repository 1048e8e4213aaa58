package dev.concertsaga.user.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.user.application.PointLedger;
import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.LedgerEntryType;
import dev.concertsaga.user.domain.RecordedEntry;

@Component
class JdbcPointLedger implements PointLedger {

    private final JdbcClient jdbc;

    JdbcPointLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unique index point_ledger_one_per_payment refuses a second USE or REFUND of one payment, at this statement. */
    @Override
    public void append(LedgerEntry entry) {
        jdbc.sql("""
                        INSERT INTO point_ledger (user_id, type, amount, payment_id, balance_after, occurred_at)
                        VALUES (:userId, :type, :amount, :paymentId, :balanceAfter, :occurredAt)
                        """)
                .param("userId", entry.userId())
                .param("type", entry.type().name())
                .param("amount", entry.amount())
                .param("paymentId", entry.paymentId())
                .param("balanceAfter", entry.balanceAfter())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .update();
    }

    @Override
    public Optional<LedgerEntry> find(UUID paymentId, LedgerEntryType type) {
        return jdbc.sql("""
                        SELECT user_id, type, amount, payment_id, balance_after, occurred_at FROM point_ledger
                        WHERE payment_id = :paymentId AND type = :type
                        """)
                .param("paymentId", paymentId)
                .param("type", type.name())
                .query(JdbcPointLedger::entry)
                .optional();
    }

    /** Newest first by id: a user's ids grow in the order of their changes, which all hold the user's lock. */
    @Override
    public List<RecordedEntry> latest(long userId, int limit) {
        return jdbc.sql("""
                        SELECT id, user_id, type, amount, payment_id, balance_after, occurred_at FROM point_ledger
                        WHERE user_id = :userId ORDER BY id DESC LIMIT :limit
                        """)
                .param("userId", userId)
                .param("limit", limit)
                .query(JdbcPointLedger::recorded)
                .list();
    }

    private static RecordedEntry recorded(ResultSet row, int rowNumber) throws SQLException {
        return new RecordedEntry(row.getLong("id"), entry(row, rowNumber));
    }

    private static LedgerEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new LedgerEntry(row.getLong("user_id"), LedgerEntryType.valueOf(row.getString("type")), row.getLong("amount"),
                row.getObject("payment_id", UUID.class), row.getLong("balance_after"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
