package dev.concertsaga.concert.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.QueueTokenStore;
import dev.concertsaga.concert.domain.QueueToken;
import dev.concertsaga.concert.domain.QueueTokenStatus;

@Component
class JdbcQueueTokenStore implements QueueTokenStore {

    private final JdbcClient jdbc;

    JdbcQueueTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<QueueToken> find(UUID token) {
        return jdbc.sql("SELECT token, user_id, status, active_until FROM queue_token WHERE token = :token")
                .param("token", token)
                .query(JdbcQueueTokenStore::token)
                .optional();
    }

    @Override
    public void put(QueueToken token) {
        jdbc.sql("""
                        INSERT INTO queue_token (token, user_id, status, active_until) VALUES (:token, :userId, :status, :activeUntil)
                        ON CONFLICT (token) DO UPDATE
                        SET user_id = EXCLUDED.user_id, status = EXCLUDED.status, active_until = EXCLUDED.active_until
                        """)
                .param("token", token.token())
                .param("userId", token.userId())
                .param("status", token.status().name())
                .param("activeUntil", OffsetDateTime.ofInstant(token.activeUntil(), ZoneOffset.UTC))
                .update();
    }

    /** Updates no row for an unknown token, on purpose. */
    @Override
    public void markExpired(UUID token) {
        jdbc.sql("UPDATE queue_token SET status = 'EXPIRED' WHERE token = :token").param("token", token).update();
    }

    private static QueueToken token(ResultSet row, int rowNumber) throws SQLException {
        return new QueueToken(row.getObject("token", UUID.class), row.getLong("user_id"),
                QueueTokenStatus.valueOf(row.getString("status")), row.getObject("active_until", OffsetDateTime.class).toInstant());
    }
}
