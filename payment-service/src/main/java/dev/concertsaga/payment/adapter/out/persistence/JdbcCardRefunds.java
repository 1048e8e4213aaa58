package dev.concertsaga.payment.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    JdbcCardRefunds(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                        UPDATE card_refund SET attempts = attempts + 1, next_attempt_at = :leaseUntil
                        WHERE payment_id IN (SELECT payment_id FROM card_refund
                                             WHERE status = 'PENDING' AND next_attempt_at <= :now
                                             ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING payment_id, idempotency_key, provider_charge_id, amount
                        """)
                .param("now", timestamp(now))
                .param("leaseUntil", timestamp(leaseUntil))
                .param("limit", limit)
                .query(JdbcCardRefunds::refund)
                .list();
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
        jdbc.sql("UPDATE card_refund SET next_attempt_at = :at WHERE payment_id = :paymentId AND status = 'PENDING'")
                .param("paymentId", paymentId)
                .param("at", timestamp(at))
                .update();
    }

    private static CardRefund refund(ResultSet row, int rowNumber) throws SQLException {
        return new CardRefund(row.getObject("payment_id", UUID.class), row.getString("idempotency_key"),
                row.getString("provider_charge_id"), row.getLong("amount"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
