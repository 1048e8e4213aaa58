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
import java.util.stream.Stream;

/**
 * One service as a JVM of its own, configured the way a deployment would: through arguments and its defaults. A
 * restart runs the same command again.
 */
final class ServiceProcess extends SupervisedChild {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final int port;
    private final List<String> command;

    private ServiceProcess(ServiceSpec spec, String name, int port, List<String> command, Path log, Duration startTimeout) {
        super(name, log, startTimeout, Duration.ofMillis(500), Duration.ofSeconds(30));
        this.spec = spec;
        this.port = port;
        this.command = command;
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

    @Override
    List<String> command() {
        return command;
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

    /** A start that ended says why from its log: Spring Boot's failure analysis, or the last exception's cause. */
    @Override
    String whyItEnded(Path log) {
        return ChildProcess.reason(log);
    }

    @Override
    String notReady() {
        return "was not healthy";
    }

    /** Ready once actuator says UP. */
    @Override
    boolean ready() {
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

    int port() {
        return port;
    }

    ServiceSpec spec() {
        return spec;
    }
}
