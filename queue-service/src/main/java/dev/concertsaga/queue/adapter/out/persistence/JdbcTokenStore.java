package dev.concertsaga.queue.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.queue.application.TokenStore;
import dev.concertsaga.queue.domain.Token;
import dev.concertsaga.queue.domain.TokenStatus;

/** SQL of the queue, written out: each statement states the partial index it relies on and the lock it takes. */
@Component
class JdbcTokenStore implements TokenStore {

    /** The name of the admission lock; every instance of the service takes the same one. */
    static final String ADMISSION_LOCK = "queue-service/admission";

    private static final String SELECT_TOKEN = "SELECT token, user_id, issued_at, status, active_until, expired_by_payment FROM queue_token ";

    private final JdbcClient jdbc;
    private final AdvisoryLocks locks;

    JdbcTokenStore(JdbcClient jdbc, AdvisoryLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /*
     * The insert is arbitrated by queue_token_one_live_per_user: a racing second insert waits for the first, then does
     * nothing. When it meets the user's live token, that token was committed before it. It can have ended since
     * (expired or used) only in the instant between the two statements; then the next insert meets no conflict.
     */
    @Override
    public Token addUnlessUserHoldsOne(Token token) {
        int inserted = jdbc.sql("""
                        INSERT INTO queue_token (token, user_id, status, issued_at) VALUES (:token, :userId, :status, :issuedAt)
                        ON CONFLICT (user_id) WHERE status IN ('WAITING', 'ACTIVE') DO NOTHING
                        """)
                .param("token", token.id())
                .param("userId", token.userId())
                .param("status", token.status().name())
                .param("issuedAt", utc(token.issuedAt()))
                .update();
        if (inserted == 1) {
            return token;
        }
        return liveTokenOf(token.userId()).orElseGet(() -> addUnlessUserHoldsOne(token));
    }

    @Override
    public Optional<Token> find(UUID id) {
        return jdbc.sql(SELECT_TOKEN + "WHERE token = :token").param("token", id).query(JdbcTokenStore::token).optional();
    }

    @Override
    public Optional<Token> liveTokenOf(long userId) {
        return jdbc.sql(SELECT_TOKEN + "WHERE user_id = :userId AND status IN ('WAITING', 'ACTIVE')")
                .param("userId", userId)
                .query(JdbcTokenStore::token)
                .optional();
    }

    @Override
    public long positionOf(UUID id) {
        return jdbc.sql("""
                        SELECT count(*) FROM queue_token
                        WHERE status = 'WAITING' AND queue_number <= (SELECT queue_number FROM queue_token WHERE token = :token)
                        """)
                .param("token", id)
                .query(Long.class)
                .single();
    }

    @Override
    public long countActive() {
        return jdbc.sql("SELECT count(*) FROM queue_token WHERE status = 'ACTIVE'").query(Long.class).single();
    }

    @Override
    public void lockAdmission() {
        locks.lock(ADMISSION_LOCK);
    }

    @Override
    public Optional<Token> lock(UUID id) {
        return jdbc.sql(SELECT_TOKEN + "WHERE token = :token FOR UPDATE").param("token", id).query(JdbcTokenStore::token).optional();
    }

    /** No SKIP LOCKED: admission rounds are serialised anyway, and skipping a row would let a later token in first. */
    @Override
    public List<Token> lockNextWaiting(int limit) {
        return jdbc.sql(SELECT_TOKEN + "WHERE status = 'WAITING' ORDER BY queue_number LIMIT :limit FOR UPDATE")
                .param("limit", limit)
                .query(JdbcTokenStore::token)
                .list();
    }

    /** SKIP LOCKED: a token a payment is using right now is left to that payment, and expiry instances share the work. */
    @Override
    public List<Token> lockOverdue(Instant now, int limit) {
        return jdbc.sql(SELECT_TOKEN + """
                        WHERE status = 'ACTIVE' AND active_until <= :now
                        ORDER BY active_until LIMIT :limit FOR UPDATE SKIP LOCKED
                        """)
                .param("now", utc(now))
                .param("limit", limit)
                .query(JdbcTokenStore::token)
                .list();
    }

    @Override
    public Optional<Token> lockUsedBy(UUID paymentId) {
        return jdbc.sql(SELECT_TOKEN + "WHERE expired_by_payment = :paymentId FOR UPDATE")
                .param("paymentId", paymentId)
                .query(JdbcTokenStore::token)
                .optional();
    }

    /** Writes what a token's life changes; its user, issue time and place in the queue never do. */
    @Override
    public void save(Token token) {
        int updated = jdbc.sql("""
                        UPDATE queue_token SET status = :status, active_until = :activeUntil, expired_by_payment = :expiredByPayment
                        WHERE token = :token
                        """)
                .param("token", token.id())
                .param("status", token.status().name())
                .param("activeUntil", token.activeUntil() == null ? null : utc(token.activeUntil()))
                .param("expiredByPayment", token.expiredByPayment())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Saving token " + token.id() + " updated " + updated + " rows, not 1");
        }
    }

    private static Token token(ResultSet row, int rowNumber) throws SQLException {
        OffsetDateTime activeUntil = row.getObject("active_until", OffsetDateTime.class);
        return Token.of(row.getObject("token", UUID.class), row.getLong("user_id"),
                row.getObject("issued_at", OffsetDateTime.class).toInstant(), TokenStatus.valueOf(row.getString("status")),
                activeUntil == null ? null : activeUntil.toInstant(), row.getObject("expired_by_payment", UUID.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
