package dev.concertsaga.concert;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A second session on the service's database, in a transaction of its own, as another instance would have it. */
final class OtherSession implements AutoCloseable {

    private final Connection connection;
    private final JdbcClient jdbc;

    OtherSession(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /** Rolls back, releasing whatever this session locked. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
