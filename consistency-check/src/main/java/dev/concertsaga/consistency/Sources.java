package dev.concertsaga.consistency;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the system keeps its state: the four services' databases and, optionally, the broker (for the dead-letter
 * topics), and the card provider's ledger. {@code kafkaBootstrapServers} may be null to skip the broker, {@code provider}
 * to skip the provider.
 */
public record Sources(Database payment, Database queue, Database concert, Database user, String kafkaBootstrapServers,
                      Database provider) {

    /** Without the card provider's database: card payments' money is not checked. */
    public Sources(Database payment, Database queue, Database concert, Database user, String kafkaBootstrapServers) {
        this(payment, queue, concert, user, kafkaBootstrapServers, null);
    }

    /** A service's database. */
    public record Database(String url, String username, String password) {

        Connection connect() throws SQLException {
            Connection connection = DriverManager.getConnection(url, username, password);
            connection.setReadOnly(true);
            return connection;
        }
    }
}
