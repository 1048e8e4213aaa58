package dev.concertsaga.bench.monolith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.concertsaga.web.ApiException;

/** The payment table, read by id and by idempotency key (both indexed), and written once per payment. */
@Repository
class PaymentRows {

    private static final String COLUMNS = "id, reservation_id, user_id, amount, created_at, completed_at, request_fingerprint";

    private final JdbcClient jdbc;

    PaymentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PaymentView> byId(UUID paymentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE id = :id").param("id", paymentId).query((rs, n) -> view(rs)).optional();
    }

    /** The payment an earlier request with this key made; 422 if that request asked for something else. */
    Optional<PaymentView> byIdempotencyKey(String key, String fingerprint) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE idempotency_key = :key").param("key", key)
                .query((rs, n) -> {
                    if (!fingerprint.equals(rs.getString(7))) {
                        throw ApiException.unprocessable("IDEMPOTENCY_KEY_REUSED", "The Idempotency-Key was used for another request.");
                    }
                    return view(rs);
                }).optional();
    }

    void insert(UUID id, UUID reservationId, long userId, UUID token, String key, String fingerprint, long amount, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO payment (id, reservation_id, user_id, queue_token, idempotency_key, request_fingerprint, created_at,
                                             status, amount, completed_at)
                        VALUES (:id, :reservation, :user, :token, :key, :fingerprint, :at, 'COMPLETED', :amount, :at)""")
                .param("id", id).param("reservation", reservationId).param("user", userId).param("token", token)
                .param("key", key).param("fingerprint", fingerprint).param("at", at).param("amount", amount).update();
    }

    /** As payment-service does: a digest of what the request asked for, so a retry must ask for the same. */
    static String fingerprint(UUID reservationId, long userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("reservationId=" + reservationId + "\nuserId=" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static PaymentView view(ResultSet rs) throws SQLException {
        return PaymentView.completed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3), rs.getLong(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant());
    }
}
