package dev.concertsaga.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import dev.concertsaga.embeddedpostgres.PostgresDatabases;

/** Creates the per-service databases on a shared PostgreSQL server, once each. */
final class Databases {

    private Databases() {
    }

    static synchronized void createIfMissing(String adminUrl, String user, String password, String database) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
            PostgresDatabases.createIfMissing(admin, database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }
}
