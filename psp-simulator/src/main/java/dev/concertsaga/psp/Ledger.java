package dev.concertsaga.psp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The provider's durable ledger of charges and refunds, in plain JDBC. An idempotency key is unique per table, so a
 * retried request finds what its first try recorded, whichever of two racing tries got there first.
 */
final class Ledger {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS charge (
                id                  text        PRIMARY KEY,
                idempotency_key     text        NOT NULL UNIQUE,
                request_fingerprint text        NOT NULL,
                amount              bigint      NOT NULL CHECK (amount >= 0),
                card_token          text        NOT NULL,
                status              text        NOT NULL CHECK (status IN ('SUCCEEDED', 'DECLINED')),
                created_at          timestamptz NOT NULL
            );
            CREATE TABLE IF NOT EXISTS refund (
                id                  text        PRIMARY KEY,
                charge_id           text        NOT NULL REFERENCES charge (id),
                idempotency_key     text        NOT NULL UNIQUE,
                request_fingerprint text        NOT NULL,
                amount              bigint      NOT NULL CHECK (amount > 0),
                created_at          timestamptz NOT NULL
            );
            CREATE INDEX IF NOT EXISTS refund_by_charge ON refund (charge_id);
            """;

    private static final String CHARGE_COLUMNS = "c.*, (SELECT coalesce(sum(r.amount), 0) FROM refund r WHERE r.charge_id = c.id) AS refunded";

    private final DataSource dataSource;

    Ledger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void createSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA);
        }
    }

    /** Records the charge, or finds the one recorded before under its key: the boolean says which. */
    Recorded<Charge> addCharge(String key, String fingerprint, long amount, String cardToken, ChargeStatus status) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO charge (id, idempotency_key, request_fingerprint, amount, card_token, status, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING
                     """)) {
            insert.setString(1, "ch_" + UUID.randomUUID().toString().replace("-", ""));
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setLong(4, amount);
            insert.setString(5, cardToken);
            insert.setString(6, status.name());
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            boolean inserted = insert.executeUpdate() == 1;
            return new Recorded<>(chargeByKey(connection, key).orElseThrow(), !inserted);
        }
    }

    Optional<Charge> charge(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + CHARGE_COLUMNS + " FROM charge c WHERE c.id = ?")) {
            select.setString(1, id);
            return one(select);
        }
    }

    Optional<Charge> chargeByKey(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return chargeByKey(connection, key);
        }
    }

    /**
     * Refunds {@code amount} of a succeeded charge, or finds the refund recorded before under its key. The charge's
     * row is locked first, so racing refunds of one charge can never give back more than it took.
     */
    Recorded<Refund> addRefund(String chargeId, String key, String fingerprint, Long amount) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Recorded<Refund> refund = addRefund(connection, chargeId, key, fingerprint, amount);
                connection.commit();
                return refund;
            } finally {
                connection.rollback();
            }
        }
    }

    private Recorded<Refund> addRefund(Connection connection, String chargeId, String key, String fingerprint, Long amount)
            throws SQLException {
        Charge charge = lockCharge(connection, chargeId).orElseThrow(() -> ApiError.notFound("charge " + chargeId));
        Optional<Refund> earlier = refundByKey(connection, key);
        if (earlier.isPresent()) {
            return new Recorded<>(earlier.get(), true);
        }
        if (charge.status() != ChargeStatus.SUCCEEDED) {
            throw new ApiError(409, "charge_not_refundable", "charge " + chargeId + " is " + charge.status() + ", nothing to refund");
        }
        long refunding = amount == null ? charge.amount() - charge.amountRefunded() : amount;
        if (refunding <= 0 || charge.amountRefunded() + refunding > charge.amount()) {
            throw new ApiError(409, "amount_exceeds_charge", "charge " + chargeId + " has " + (charge.amount() - charge.amountRefunded())
                    + " left to refund, asked for " + refunding);
        }
        Refund refund = new Refund("re_" + UUID.randomUUID().toString().replace("-", ""), chargeId, key, fingerprint, refunding, Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO refund (id, charge_id, idempotency_key, request_fingerprint, amount, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """)) {
            insert.setString(1, refund.id());
            insert.setString(2, chargeId);
            insert.setString(3, key);
            insert.setString(4, fingerprint);
            insert.setLong(5, refunding);
            insert.setTimestamp(6, Timestamp.from(refund.createdAt()));
            insert.executeUpdate();
        }
        return new Recorded<>(refund, false);
    }

    private Optional<Charge> lockCharge(Connection connection, String id) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM charge WHERE id = ? FOR UPDATE")) {
            lock.setString(1, id);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT " + CHARGE_COLUMNS + " FROM charge c WHERE c.id = ?")) {
            select.setString(1, id);
            return one(select);
        }
    }

    private Optional<Charge> chargeByKey(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + CHARGE_COLUMNS + " FROM charge c WHERE c.idempotency_key = ?")) {
            select.setString(1, key);
            return one(select);
        }
    }

    private Optional<Refund> refundByKey(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM refund WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Refund(row.getString("id"), row.getString("charge_id"), key, row.getString("request_fingerprint"),
                                row.getLong("amount"), row.getTimestamp("created_at").toInstant()))
                        : Optional.empty();
            }
        }
    }

    private static Optional<Charge> one(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new Charge(row.getString("id"), row.getString("idempotency_key"), row.getString("request_fingerprint"),
                    row.getLong("amount"), row.getString("card_token"), ChargeStatus.valueOf(row.getString("status")),
                    row.getLong("refunded"), row.getTimestamp("created_at").toInstant()));
        }
    }

    /** What a write found: the row, and whether it was there before (a replay of an earlier request). */
    record Recorded<T>(T value, boolean replayed) {
    }
}
