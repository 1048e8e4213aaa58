package dev.concertsaga.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The trace UI: Zipkin's server from its executable jar (copied next to the stack's libraries by the build), keeping
 * the latest {@value #MAX_SPANS} spans in memory, on a fixed port. The services export their spans to it; it is started before them.
 */
final class ZipkinServer extends SupervisedChild {

    static final int PORT = 9411;
    static final String URL = "http://127.0.0.1:" + PORT;
    /** Spans kept in memory; the oldest traces go first when more arrive. */
    static final int MAX_SPANS = 50_000;
    /** Where the services send their spans. */
    static final String SPANS_ENDPOINT = URL + "/api/v2/spans";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Settings settings;

    private ZipkinServer(Settings settings) {
        super("zipkin", settings.logs().resolve("zipkin.log"), settings.startTimeout(), Duration.ofMillis(250), Duration.ofSeconds(10));
        this.settings = settings;
    }

    static ZipkinServer start(Settings settings) {
        ZipkinServer zipkin = new ZipkinServer(settings);
        zipkin.restart();
        return zipkin;
    }

    @Override
    List<String> command() {
        Path jar = settings.repository().resolve("local-stack/target/zipkin/zipkin-server.jar");
        if (!Files.exists(jar)) {
            throw new StartupFailure("no Zipkin server at " + jar + ". Build first: ./mvnw -B -q -DskipTests package");
        }
        // The spans it keeps must fit its heap with room to spare. 200,000 did not fit in 192 MiB: once the saga had
        // sent that many (about six minutes at 300 payments/s with one in ten traced), Zipkin collected garbage back
        // to back, took a fifth of the machine's two cores and refused spans. Kept full at 50,000 (the last 2,500 or
        // so payments, traced whole) its old generation stays under two thirds full and it takes a few hundredths of a
        // core.
        return List.of(settings.java().toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--QUERY_PORT=" + PORT, "--STORAGE_TYPE=mem", "--MEM_MAX_SPANS=" + MAX_SPANS);
    }

    @Override
    boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    String notReady() {
        return "was not healthy";
    }
}
