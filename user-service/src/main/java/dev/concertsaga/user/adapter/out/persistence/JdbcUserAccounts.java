package dev.concertsaga.user.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.concertsaga.user.application.UserAccounts;
import dev.concertsaga.user.domain.PointAccount;
import dev.concertsaga.user.domain.User;

@Component
class JdbcUserAccounts implements UserAccounts {

    private final JdbcClient jdbc;

    JdbcUserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The balance starts at the column's default, 0. */
    @Override
    public User register(String name, Instant at) {
        return jdbc.sql("""
                        INSERT INTO users (name, created_at) VALUES (:name, :createdAt)
                        RETURNING id, name, balance
                        """)
                .param("name", name)
                .param("createdAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(JdbcUserAccounts::user)
                .single();
    }

    @Override
    public Optional<User> find(long userId) {
        return jdbc.sql("""
                        SELECT id, name, balance FROM users WHERE id = :id
                        """)
                .param("id", userId)
                .query(JdbcUserAccounts::user)
                .optional();
    }

    /** FOR NO KEY UPDATE: it excludes other balance changes, yet lets ledger rows reference the user. */
    @Override
    public Optional<PointAccount> lock(long userId) {
        return jdbc.sql("""
                        SELECT id, balance FROM users WHERE id = :id FOR NO KEY UPDATE
                        """)
                .param("id", userId)
                .query(JdbcUserAccounts::account)
                .optional();
    }

    /** The row is the one {@link #lock} locked in this transaction, so nobody else has changed it since it was read. */
    @Override
    public void update(PointAccount account) {
        int updated = jdbc.sql("""
                        UPDATE users SET balance = :balance WHERE id = :id
                        """)
                .param("balance", account.balance())
                .param("id", account.userId())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("updating the balance of user " + account.userId() + " changed " + updated + " rows, not 1");
        }
    }

    private static User user(ResultSet row, int rowNumber) throws SQLException {
        return new User(row.getLong("id"), row.getString("name"), row.getLong("balance"));
    }

    private static PointAccount account(ResultSet row, int rowNumber) throws SQLException {
        return new PointAccount(row.getLong("id"), row.getLong("balance"));
    }
}
