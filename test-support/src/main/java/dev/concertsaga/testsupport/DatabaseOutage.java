package dev.concertsaga.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Stops PostgreSQL under a running service and checks what its clients see: every request answered 503
 * problem+json with {@code Retry-After} and code {@code SERVICE_UNAVAILABLE} while the database is down, never a 500,
 * and normal answers again once it is back. The service runs on a PostgreSQL of its own, on a fixed port and data
 * directory, so that stopping it disturbs no other test and a restart finds the same data.
 */
public final class DatabaseOutage {

    /** A request a client of the service may send: method, path, JSON body (or null) and headers. */
    public record Call(String method, String path, String body, Map<String, String> headers) {

        public static Call get(String path) {
            return new Call("GET", path, null, Map.of());
        }

        public static Call post(String path, String body, Map<String, String> headers) {
            return new Call("POST", path, body, headers);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DatabaseOutage() {
    }

    /**
     * @param application the service's {@code @SpringBootApplication}
     * @param database    its database name
     * @param calls       requests that need the database; each must answer below 500 before and after the outage
     */
    public static void drill(Class<?> application, String database, List<Call> calls) {
        Path data = temporaryDirectory();
        int port = freePort();
        EmbeddedPostgres postgres = start(data, port);
        TestInfrastructure shared = TestInfrastructure.shared();
        Map<String, Object> properties = new HashMap<>(shared.springProperties(database));
        properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + port + "/postgres");
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.consumer.group-id", database + "-outage-drill");
        properties.put("server.port", "0");
        // As arguments, so that they win over the service's application.yml, as a deployment's would.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application).run(arguments)) {
            String base = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
            calls.forEach(call -> assertThat(send(base, call).statusCode()).as("%s %s with the database up", call.method(), call.path()).isLessThan(500));

            close(postgres);
            postgres = null;
            for (Call call : calls) {
                HttpResponse<String> answer = send(base, call);
                assertThat(answer.statusCode()).as("%s %s with the database down: %s", call.method(), call.path(), answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
                assertThat(answer.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
            }

            postgres = start(data, port);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    calls.forEach(call -> assertThat(send(base, call).statusCode()).as("%s %s with the database back", call.method(), call.path()).isLessThan(500)));
        } finally {
            if (postgres != null) {
                close(postgres);
            }
            delete(data);
        }
    }

    private static HttpResponse<String> send(String base, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path())).timeout(Duration.ofSeconds(20))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        call.headers().forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres start(Path data, int port) {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                    .setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("outage-drill-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data directory is the drill's own: left behind, each run would keep 40 MB in the temporary directory. */
    private static void delete(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
