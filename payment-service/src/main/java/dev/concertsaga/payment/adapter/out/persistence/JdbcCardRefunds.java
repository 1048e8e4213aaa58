package dev.concertsaga.payment.adapter.out.persistence;

import static dev.concertsaga.payment.adapter.out.persistence.LeasedAttempts.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.payment.application.CardRefunds;
import dev.concertsaga.payment.domain.CardRefund;

/** The {@code card_refund} rows, claimed like charges. */
@Component
class JdbcCardRefunds implements CardRefunds {

    private final JdbcClient jdbc;
    private final LeasedAttempts attempts;

    JdbcCardRefunds(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.attempts = new LeasedAttempts(jdbc, "card_refund");
    }

    @Override
    public void add(CardRefund refund, Instant now) {
        jdbc.sql("""
                        INSERT INTO card_refund (payment_id, idempotency_key, provider_charge_id, amount, status, next_attempt_at, created_at)
                        VALUES (:paymentId, :key, :chargeId, :amount, 'PENDING', :now, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("paymentId", refund.paymentId())
                .param("key", refund.idempotencyKey())
                .param("chargeId", refund.providerChargeId())
                .param("amount", refund.amount())
                .param("now", timestamp(now))
                .update();
    }

    @Override
    public List<CardRefund> claimDue(Instant now, Instant leaseUntil, int limit) {
        return attempts.claimDue("payment_id, idempotency_key, provider_charge_id, amount", JdbcCardRefunds::refund, now, leaseUntil, limit);
    }

    @Override
    public boolean refunded(UUID paymentId, String providerRefundId, Instant now) {
        return jdbc.sql("""
                        UPDATE card_refund SET status = 'REFUNDED', provider_refund_id = :refundId, refunded_at = :now
                        WHERE payment_id = :paymentId AND status = 'PENDING'
                        """)
                .param("paymentId", paymentId)
                .param("refundId", providerRefundId)
                .param("now", timestamp(now))
                .update() == 1;
    }

    @Override
    public void retryAt(UUID paymentId, Instant at) {
        attempts.retryAt(paymentId, at);
    }

    private static CardRefund refund(ResultSet row, int rowNumber) throws SQLException {
        return new CardRefund(row.getObject("payment_id", UUID.class), row.getString("idempotency_key"),
                row.getString("provider_charge_id"), row.getLong("amount"));
    }
}
