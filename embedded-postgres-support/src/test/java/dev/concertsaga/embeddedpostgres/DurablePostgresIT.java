package dev.concertsaga.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The start-up the local stack and the benchmark share, on a real PostgreSQL from the embedded binaries. */
class DurablePostgresIT {

    @TempDir
    Path dataDirectory;

    @Test
    void runs_durably_and_keeps_its_databases_and_data_across_a_restart() throws Exception {
        int port = freePort();
        try (EmbeddedPostgres postgres = DurablePostgres.on(dataDirectory, port).start();
             Connection admin = postgres.getPostgresDatabase().getConnection()) {
            assertThat(setting(admin, "fsync")).isEqualTo("on");
            assertThat(setting(admin, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(admin, "full_page_writes")).isEqualTo("on");
            assertThat(setting(admin, "autovacuum_naptime")).isEqualTo("10s");

            PostgresDatabases.createIfMissing(admin, "orders");
            PostgresDatabases.createIfMissing(admin, "orders");

            assertThat(count(admin, "SELECT count(*) FROM pg_database WHERE datname = 'orders'")).isEqualTo(1);
            try (Connection orders = postgres.getDatabase("postgres", "orders").getConnection(); Statement s = orders.createStatement()) {
                s.execute("CREATE TABLE kept (id int)");
                s.execute("INSERT INTO kept VALUES (1)");
            }
        }
        try (EmbeddedPostgres again = DurablePostgres.on(dataDirectory, port).start();
             Connection orders = again.getDatabase("postgres", "orders").getConnection()) {
            assertThat(count(orders, "SELECT count(*) FROM kept")).isEqualTo(1);
        }
    }

    @Test
    void settings_given_afterwards_win() throws Exception {
        try (EmbeddedPostgres postgres = DurablePostgres.on(dataDirectory, freePort()).setServerConfig("synchronous_commit", "local").start();
             Connection admin = postgres.getPostgresDatabase().getConnection()) {
            assertThat(setting(admin, "synchronous_commit")).isEqualTo("local");
        }
    }

    @Test
    void refuses_a_database_name_it_would_have_to_quote_and_creates_nothing() throws Exception {
        try (EmbeddedPostgres postgres = DurablePostgres.on(dataDirectory, freePort()).start();
             Connection admin = postgres.getPostgresDatabase().getConnection()) {
            long before = count(admin, "SELECT count(*) FROM pg_database");

            assertThatThrownBy(() -> PostgresDatabases.createIfMissing(admin, "orders; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database name must match");
            assertThatThrownBy(() -> PostgresDatabases.createIfMissing(admin, "Orders")).isInstanceOf(IllegalArgumentException.class);
            assertThat(count(admin, "SELECT count(*) FROM pg_database")).isEqualTo(before);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet row = s.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
