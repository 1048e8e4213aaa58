package dev.concertsaga.payment.adapter.out.persistence;

import static dev.concertsaga.payment.adapter.out.persistence.LeasedAttempts.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.payment.application.CardCharges;
import dev.concertsaga.payment.domain.CardCharge;
import dev.concertsaga.payment.domain.CardChargeStatus;

/** The {@code card_charge} rows. A claim is one statement: due rows, oldest first, SKIP LOCKED so instances share them. */
@Component
class JdbcCardCharges implements CardCharges {

    private final JdbcClient jdbc;
    private final LeasedAttempts attempts;

    JdbcCardCharges(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.attempts = new LeasedAttempts(jdbc, "card_charge");
    }

    @Override
    public boolean add(CardCharge attempt, Instant now) {
        return jdbc.sql("""
                        INSERT INTO card_charge (payment_id, idempotency_key, amount, card_token, status, next_attempt_at, created_at)
                        VALUES (:paymentId, :key, :amount, :cardToken, 'PENDING', :now, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("paymentId", attempt.paymentId())
                .param("key", attempt.idempotencyKey())
                .param("amount", attempt.amount())
                .param("cardToken", attempt.cardToken())
                .param("now", timestamp(now))
                .update() == 1;
    }

    @Override
    public Optional<CardCharge> find(UUID paymentId) {
        return jdbc.sql("SELECT * FROM card_charge WHERE payment_id = :paymentId")
                .param("paymentId", paymentId)
                .query(JdbcCardCharges::charge)
                .optional();
    }

    @Override
    public int abandonNeverSent(Instant now) {
        return jdbc.sql("""
                        UPDATE card_charge c SET status = 'ABANDONED', decided_at = :now
                        FROM payment p
                        WHERE p.id = c.payment_id AND c.status = 'PENDING' AND c.attempts = 0 AND p.status = 'CANCELLED'
                        """)
                .param("now", timestamp(now))
                .update();
    }

    @Override
    public List<CardCharge> claimDue(Instant now, Instant leaseUntil, int limit) {
        return attempts.claimDue("payment_id, idempotency_key, amount, card_token, status, provider_charge_id, attempts - 1 AS attempts",
                JdbcCardCharges::charge, now, leaseUntil, limit);
    }

    @Override
    public boolean decide(UUID paymentId, CardChargeStatus status, String providerChargeId, Instant now) {
        return jdbc.sql("""
                        UPDATE card_charge SET status = :status, provider_charge_id = :chargeId, decided_at = :now
                        WHERE payment_id = :paymentId AND status = 'PENDING'
                        """)
                .param("paymentId", paymentId)
                .param("status", status.name())
                .param("chargeId", providerChargeId)
                .param("now", timestamp(now))
                .update() == 1;
    }

    @Override
    public void retryAt(UUID paymentId, Instant at) {
        attempts.retryAt(paymentId, at);
    }

    private static CardCharge charge(ResultSet row, int rowNumber) throws SQLException {
        return new CardCharge(row.getObject("payment_id", UUID.class), row.getString("idempotency_key"), row.getLong("amount"),
                row.getString("card_token"), CardChargeStatus.valueOf(row.getString("status")), row.getString("provider_charge_id"),
                row.getInt("attempts"));
    }
}
