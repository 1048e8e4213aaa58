package dev.concertsaga.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's PostgreSQL, crashed as the chaos run crashes it: what was committed is there after the restart. */
class EmbeddedServerIT {

    @TempDir
    Path home;

    private EmbeddedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void keeps_every_committed_row_across_a_kill_9_of_the_postmaster_and_its_backends() throws Exception {
        Settings settings = new Settings(home, Path.of(""), false, false, null, false, false, false, 0, freePort(), Map.of(), 1);
        Files.createDirectories(settings.logs());
        server = EmbeddedServer.start(settings);
        String url = "jdbc:postgresql://localhost:" + settings.postgresPort() + "/postgres";
        execute(url, "CREATE TABLE answered (id int PRIMARY KEY)", "INSERT INTO answered SELECT generate_series(1, 1000)");
        ProcessHandle postmaster = server.process();
        List<ProcessHandle> backends = postmaster.descendants().toList();

        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive() && backends.stream().noneMatch(ProcessHandle::isAlive));
        server.restart();

        assertThat(server.process().pid()).isNotEqualTo(postmaster.pid());
        assertThat(count(url)).isEqualTo(1000);
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long count(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM answered")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
