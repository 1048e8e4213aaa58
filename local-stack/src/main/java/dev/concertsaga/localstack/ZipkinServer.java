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
import java.util.concurrent.CompletableFuture;

/**
 * The trace UI: Zipkin's server from its executable jar (copied next to the stack's libraries by the build), keeping
 * spans in memory, on a fixed port. The services export their spans to it; it is started before them.
 */
final class ZipkinServer implements Supervised {

    static final int PORT = 9411;
    static final String URL = "http://127.0.0.1:" + PORT;
    /** Where the services send their spans. */
    static final String SPANS_ENDPOINT = URL + "/api/v2/spans";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Settings settings;
    private final Path log;
    private volatile Process process;
    private boolean stopped;

    private ZipkinServer(Settings settings) {
        this.settings = settings;
        this.log = settings.logs().resolve("zipkin.log");
    }

    static ZipkinServer start(Settings settings) {
        ZipkinServer zipkin = new ZipkinServer(settings);
        zipkin.restart();
        return zipkin;
    }

    @Override
    public void restart() {
        Path jar = settings.repository().resolve("local-stack/target/zipkin/zipkin-server.jar");
        if (!Files.exists(jar)) {
            throw new StartupFailure("no Zipkin server at " + jar + ". Build first: ./mvnw -B -q -DskipTests package");
        }
        synchronized (this) {
            if (stopped) {
                throw new StartupFailure("the stack is stopping");
            }
            process = ChildProcess.start(List.of(settings.java().toString(), "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-jar", jar.toString(), "--QUERY_PORT=" + PORT, "--STORAGE_TYPE=mem", "--MEM_MAX_SPANS=200000"), log);
        }
        awaitHealthy(settings.startTimeout());
    }

    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StartupFailure("Zipkin exited with code " + process.exitValue() + ":\n" + ChildProcess.tail(log));
            }
            if (healthy()) {
                return;
            }
            ChildProcess.pause(Duration.ofMillis(250));
        }
        ChildProcess.stop(process, Duration.ofSeconds(10));
        throw new StartupFailure("Zipkin was not healthy within " + timeout.toSeconds() + " s:\n" + ChildProcess.tail(log));
    }

    private static boolean healthy() {
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

    synchronized void stop() {
        stopped = true;
        if (process != null) {
            ChildProcess.stop(process, Duration.ofSeconds(10));
        }
    }

    @Override
    public String name() {
        return "zipkin";
    }

    @Override
    public ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public CompletableFuture<String> exit() {
        return process.onExit().thenApply(ended -> "exit code " + ended.exitValue());
    }

    @Override
    public String logTail() {
        return ChildProcess.tail(log);
    }
}
