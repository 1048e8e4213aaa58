package dev.concertsaga.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.concertsaga.embeddedpostgres.DurablePostgres;

/**
 * The monolith: bench-exec.jar as a child JVM with the services' JVM options, on database {@code monolith} of the
 * same PostgreSQL the local stack ran (its data directory, its port, the settings it was started with).
 */
final class MonolithSystem implements SystemUnderTest {

    static final int PORT = 8090;

    private final EmbeddedPostgres postgres;
    private final Process monolith;
    private final List<Measured> processes;
    private final Buyers buyers = new Buyers();

    private MonolithSystem(EmbeddedPostgres postgres, Process monolith, Path dataDirectory) {
        this.postgres = postgres;
        this.monolith = monolith;
        this.processes = List.of(Measured.process("monolith", monolith.pid()), Measured.postgres(SagaSystem.postmaster(dataDirectory)));
    }

    static MonolithSystem start(Path repository, Path dataDirectory, Map<String, String> postgresSettings, List<String> jvmOptions, Path log) {
        EmbeddedPostgres postgres = startPostgres(dataDirectory, postgresSettings);
        try (Connection admin = Db.connect("postgres")) {
            Db.execute(admin, "DROP DATABASE IF EXISTS monolith");
            Db.execute(admin, "CREATE DATABASE monolith");
        } catch (SQLException e) {
            close(postgres);
            throw new BenchFailure("cannot create database monolith", e);
        }
        List<String> command = new ArrayList<>();
        command.add(LocalStackProcess.java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", execJar(repository).toString(), "--server.port=" + PORT,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + Db.PORT + "/monolith",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            MonolithSystem system = new MonolithSystem(postgres, process, dataDirectory);
            system.awaitHealthy(log);
            return system;
        } catch (IOException e) {
            close(postgres);
            throw new BenchFailure("cannot start the monolith", e);
        }
    }

    private static EmbeddedPostgres startPostgres(Path dataDirectory, Map<String, String> settings) {
        // The settings the local stack's server ran with win over the durable defaults (they are the same ones today).
        EmbeddedPostgres.Builder builder = DurablePostgres.on(dataDirectory, Db.PORT);
        settings.forEach(builder::setServerConfig);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new BenchFailure("PostgreSQL did not start for the monolith", e);
        }
    }

    private static Path execJar(Path repository) {
        Path jar = repository.resolve("bench/target/bench-exec.jar");
        if (!Files.exists(jar)) {
            throw new BenchFailure("no " + jar + ": build first (./mvnw -B -q -DskipTests package)");
        }
        return jar;
    }

    private void awaitHealthy(Path log) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!monolith.isAlive()) {
                close();
                throw new BenchFailure("the monolith exited with " + monolith.exitValue() + "; its log is " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(paymentsUrl() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            LoadRun.sleep(Duration.ofMillis(300));
        }
        close();
        throw new BenchFailure("the monolith was not healthy within 2 minutes; its log is " + log);
    }

    @Override
    public String name() {
        return "monolith";
    }

    @Override
    public String paymentsUrl() {
        return "http://localhost:" + PORT;
    }

    @Override
    public List<Measured> processes() {
        return processes;
    }

    @Override
    public Buyers buyers(int count) {
        int missing = count - buyers.remaining();
        if (missing > 0) {
            try (Connection c = Db.connect("monolith")) {
                buyers.addAll(BuyerSql.loadMonolith(c, missing, FillerSql.PRICE, 10_000_000L));
            } catch (SQLException e) {
                throw new BenchFailure("cannot load buyers into the monolith's database", e);
            }
        }
        return buyers;
    }

    @Override
    public Map<String, Long> consumerLag() {
        return Map.of();
    }

    @Override
    public OutboxLag outboxLag() {
        return null;
    }

    @Override
    public void close() {
        monolith.destroy();
        try {
            if (!monolith.waitFor(30, TimeUnit.SECONDS)) {
                monolith.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close(postgres);
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
