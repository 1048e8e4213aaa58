package dev.concertsaga.consistency;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the system keeps its state: the four services' databases and, optionally, the broker (for the dead-letter
 * topics). {@code kafkaBootstrapServers} may be null to skip the broker.
 */
public record Sources(Database payment, Database queue, Database concert, Database user, String kafkaBootstrapServers) {

    /** A service's database. */
    public record Database(String url, String username, String password) {

        Connection connect() throws SQLException {
            Connection connection = DriverManager.getConnection(url, username, password);
            connection.setReadOnly(true);
            return connection;
        }
    }
}
