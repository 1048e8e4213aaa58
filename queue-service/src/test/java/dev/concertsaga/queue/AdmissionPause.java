package dev.concertsaga.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Holds the admission lock on a connection of its own, as an instance in the middle of an admission round would:
 * until it is closed, no token is admitted, so a test can look at tokens that are sure to be waiting.
 */
final class AdmissionPause implements AutoCloseable {

    /** The lock every admission round takes (JdbcTokenStore.ADMISSION_LOCK). */
    private static final String ADMISSION_LOCK = "queue-service/admission";

    private final Connection connection;

    AdmissionPause(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, ADMISSION_LOCK);
            lock.executeQuery().close();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
