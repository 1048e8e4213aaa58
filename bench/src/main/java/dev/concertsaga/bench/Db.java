package dev.concertsaga.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** JDBC to the PostgreSQL on port 5433 that both systems use in turn. */
final class Db {

    static final int PORT = 5433;

    /** Settings that name this server rather than tune it: not carried from one start to the next. */
    private static final Set<String> NOT_CARRIED = Set.of("port", "data_directory", "config_file", "hba_file", "ident_file");

    private Db() {
    }

    static Connection connect(String database) {
        try {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + PORT + "/" + database, "postgres", "postgres");
        } catch (SQLException e) {
            throw new BenchFailure("cannot connect to database " + database, e);
        }
    }

    /** The settings the server was started with (its command line), e.g. fsync=on, synchronous_commit=on. */
    static Map<String, String> serverSettings(Connection connection) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT name, setting FROM pg_settings WHERE source = 'command line' ORDER BY name")) {
            while (rows.next()) {
                if (!NOT_CARRIED.contains(rows.getString(1))) {
                    settings.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return settings;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
