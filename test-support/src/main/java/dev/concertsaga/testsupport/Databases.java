package dev.concertsaga.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates the per-service databases on a shared PostgreSQL server, once each. */
final class Databases {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private Databases() {
    }

    static synchronized void createIfMissing(String adminUrl, String user, String password, String database) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + NAME + ", was " + database);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!found.next()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }
}
