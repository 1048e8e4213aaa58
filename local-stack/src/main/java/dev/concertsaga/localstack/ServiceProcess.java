package dev.concertsaga.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * One service as a JVM of its own, configured the way a deployment would: through arguments and its defaults. A
 * restart runs the same command again.
 */
final class ServiceProcess implements Supervised {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private final Duration startTimeout;
    private volatile Process process;
    private boolean stopped;

    private ServiceProcess(ServiceSpec spec, String name, int port, List<String> command, Path log, Duration startTimeout) {
        this.spec = spec;
        this.name = name;
        this.port = port;
        this.command = command;
        this.log = log;
        this.startTimeout = startTimeout;
    }

    static ServiceProcess start(ServiceSpec spec, Settings settings, Databases.Database database) {
        return start(spec, spec.name(), spec.port(), settings, database);
    }

    /** One of several instances of a service, on a port of its own (see {@link ServiceSpec#instancePorts}). */
    static ServiceProcess start(ServiceSpec spec, String name, int port, Settings settings, Databases.Database database) {
        List<String> command = new ArrayList<>(List.of(settings.java().toString()));
        command.addAll(ServiceJvm.options(settings.environment()));
        command.addAll(List.of("-jar", jarOf(spec, settings).toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + settings.kafkaAddress(),
                "--management.tracing.export.zipkin.endpoint=" + ZipkinServer.SPANS_ENDPOINT));
        command.addAll(spec.arguments());
        if (!name.equals(spec.name())) {
            // Its consumers say which instance they are, in the group's membership (see ScaleOutProbe).
            command.add("--spring.kafka.consumer.client-id=" + name);
        }
        ServiceProcess service = new ServiceProcess(spec, name, port, List.copyOf(command), settings.logs().resolve(name + ".log"), settings.startTimeout());
        service.launch();
        return service;
    }

    private synchronized void launch() {
        if (stopped) {
            throw new StartupFailure("the stack is stopping");
        }
        process = ChildProcess.start(command, log);
    }

    /** Runs the service again and waits until it is healthy; one that does not get there is stopped again. */
    @Override
    public void restart() {
        launch();
        try {
            awaitHealthy(startTimeout);
        } catch (StartupFailure e) {
            ChildProcess.stop(process, Duration.ofSeconds(10));
            throw e;
        }
    }

    /** The executable jar the build made, e.g. payment-service/target/payment-service-0.1.0-SNAPSHOT-exec.jar. */
    private static Path jarOf(ServiceSpec spec, Settings settings) {
        Path target = settings.repository().resolve(spec.name()).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches(spec.name() + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new StartupFailure("no executable jar for " + spec.name() + " in " + target
                            + ". Build first: ./mvnw -B -q -DskipTests package (and run from the repository root)"));
        } catch (IOException e) {
            throw new StartupFailure("cannot read " + target, e);
        }
    }

    /** Waits until actuator says UP; a process that dies first is reported with the end of its log. */
    void awaitHealthy(Duration timeout) {
        Process process = this.process;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StartupFailure(name + " exited with code " + process.exitValue() + ":\n" + ChildProcess.reason(log));
            }
            if (healthy()) {
                return;
            }
            ChildProcess.pause(Duration.ofMillis(500));
        }
        throw new StartupFailure(name + " was not healthy within " + timeout.toSeconds() + " s. The end of its log:\n" + logTail());
    }

    private boolean healthy() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    synchronized void stop() {
        stopped = true;
        ChildProcess.stop(process, Duration.ofSeconds(30));
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
    public String name() {
        return name;
    }

    int port() {
        return port;
    }

    ServiceSpec spec() {
        return spec;
    }

    @Override
    public String logTail() {
        return ChildProcess.tail(log);
    }
}
