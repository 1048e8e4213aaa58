package dev.concertsaga.embeddedpostgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Databases on one PostgreSQL server, one per service. */
public final class PostgresDatabases {

    /** A plain lower-case identifier: it is written into {@code CREATE DATABASE}, which takes no parameters. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private PostgresDatabases() {
    }

    /** Creates {@code database} through a connection to another database of the server, unless it exists. */
    public static void createIfMissing(Connection admin, String database) throws SQLException {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + NAME + ", was " + database);
        }
        try (PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery(); Statement create = admin.createStatement()) {
                if (!found.next()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        }
    }
}
