package dev.concertsaga.messaging.testapp;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads back what the handler applied. */
@Component
public class AppliedEffects {

    private final JdbcClient jdbc;

    AppliedEffects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per application, in the order they were applied. */
    public List<Applied> ofUsers(long fromUserId, long toUserId) {
        return jdbc.sql("SELECT event_id, user_id, amount, background FROM applied_effect WHERE user_id BETWEEN ? AND ? ORDER BY seq")
                .params(fromUserId, toUserId)
                .query((rs, n) -> new Applied(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
                .list();
    }

    public List<Applied> ofUser(long userId) {
        return ofUsers(userId, userId);
    }

    public record Applied(UUID eventId, long userId, long amount, boolean onBackgroundThread) {
    }
}
