package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the whole system on this machine, without Docker: a Kafka broker (KRaft) started from the Kafka jars,
 * PostgreSQL from the embedded binaries (or your own databases), and the four services as four JVM processes.
 * Waits until every service is healthy, prints what runs where, and stops everything on Ctrl-C or SIGTERM.
 */
public final class LocalStack {

    private final Settings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private KafkaBroker kafka;
    private Databases databases;
    private volatile boolean stopping;

    private LocalStack(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (settings.help()) {
            System.out.println(Settings.USAGE);
            return;
        }
        if (settings.check()) {
            System.exit(Check.run(settings) ? 0 : 1);
        }
        LocalStack stack = new LocalStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            long started = System.nanoTime();
            stack.start();
            Duration ready = Duration.ofNanos(System.nanoTime() - started);
            new Summary(settings, stack.databases, DemoData.ensure(settings)).print(ready);
            stack.awaitUnexpectedExit();
        } catch (StartupFailure e) {
            System.err.println();
            System.err.println("Local stack did not start: " + e.getMessage());
            System.err.println("Stopping what was started.");
            System.exit(1);
        }
    }

    private void start() {
        Ports.requireFree(settings);
        settings.prepareHome();
        Log.info("Starting Kafka (KRaft) on " + settings.kafkaAddress());
        kafka = KafkaBroker.start(settings);
        databases = Databases.start(settings);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Log.info("Starting " + spec.name() + " on port " + spec.port());
            services.add(ServiceProcess.start(spec, settings, databases.of(spec)));
        }
        for (ServiceProcess service : services) {
            service.awaitHealthy(settings.startTimeout());
            Log.info(service.name() + " is healthy");
        }
    }

    /** Blocks until a service dies on its own: then the stack is incomplete, so it reports and stops. */
    private void awaitUnexpectedExit() {
        CompletableFuture.anyOf(services.stream().map(ServiceProcess::onExit).toArray(CompletableFuture[]::new)).join();
        if (!stopping) {
            services.stream().filter(s -> !s.isAlive()).findFirst()
                    .ifPresent(dead -> System.err.println(dead.name() + " stopped unexpectedly:\n" + dead.logTail()));
            System.exit(1);
        }
    }

    private synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        Log.info("Stopping the services, Kafka and PostgreSQL …");
        services.parallelStream().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (databases != null) {
            databases.close();
        }
        Log.info("Stopped.");
    }
}
