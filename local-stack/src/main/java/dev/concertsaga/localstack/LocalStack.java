package dev.concertsaga.localstack;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

import dev.concertsaga.webapp.Services;
import dev.concertsaga.webapp.WebApp;

/**
 * Runs the whole system on this machine, without Docker: a Kafka broker (KRaft) started from the Kafka jars,
 * PostgreSQL from the embedded binaries (or your own databases), and the four services as four JVM processes (or N of
 * each, behind a {@link Front} on each service's port).
 * Waits until every service is healthy, prints what runs where, restarts whatever dies while it runs, and stops
 * everything on Ctrl-C or SIGTERM.
 */
public final class LocalStack {

    private final Settings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<Supervisor> supervisors = new ArrayList<>();
    private final List<Front> fronts = new ArrayList<>();
    private final List<BiConsumer<String, Instant>> upListeners = new CopyOnWriteArrayList<>();
    private KafkaBroker kafka;
    private ZipkinServer zipkin;
    /** The card provider: supervised like a service, but not one of the saga's (the chaos run leaves it alone). */
    private ServiceProcess provider;
    private WebApp webApp;
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
        if (settings.chaos()) {
            System.exit(ChaosRun.run(settings) ? 0 : 1);
        }
        LocalStack stack = new LocalStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            long started = System.nanoTime();
            stack.start();
            Duration ready = Duration.ofNanos(System.nanoTime() - started);
            List<DemoData.DemoUser> users = DemoData.ensure(settings);
            stack.serveWebApp(users);
            new Summary(settings, stack.databases, users).print(ready);
            stack.supervise();
            new CountDownLatch(1).await();
        } catch (StartupFailure e) {
            System.err.println();
            System.err.println("Local stack did not start: " + e.getMessage());
            System.err.println("Stopping what was started.");
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a stack and its supervisors, for a caller that stops it (the chaos run). */
    static LocalStack launch(Settings settings) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.start();
        } catch (StartupFailure e) {
            stack.stop();
            throw e;
        }
        stack.supervise();
        return stack;
    }

    private void start() {
        Ports.requireFree(settings);
        settings.prepareHome();
        Log.info("Starting Kafka (KRaft) on " + settings.kafkaAddress());
        kafka = KafkaBroker.start(settings);
        databases = Databases.start(settings);
        int instances = settings.instances();
        Log.info("Starting Zipkin (traces) on port " + ZipkinServer.PORT);
        zipkin = ZipkinServer.start(settings);
        Log.info("Starting " + ServiceSpec.PSP_SIMULATOR.name() + " on port " + ServiceSpec.PSP_SIMULATOR.port());
        provider = ServiceProcess.start(ServiceSpec.PSP_SIMULATOR, settings, databases.of(ServiceSpec.PSP_SIMULATOR));
        for (ServiceSpec spec : ServiceSpec.ALL) {
            List<Integer> ports = spec.instancePorts(instances);
            for (int i = 0; i < instances; i++) {
                Log.info("Starting " + spec.instanceName(i, instances) + " on port " + ports.get(i));
                services.add(ServiceProcess.start(spec, spec.instanceName(i, instances), ports.get(i), settings, databases.of(spec)));
            }
        }
        provider.awaitReady(settings.startTimeout());
        Log.info(provider.name() + " is healthy");
        for (ServiceProcess service : services) {
            service.awaitReady(settings.startTimeout());
            Log.info(service.name() + " is healthy");
        }
        if (instances > 1) {
            for (ServiceSpec spec : ServiceSpec.ALL) {
                fronts.add(Front.open(spec.name(), spec.port(), spec.instancePorts(instances)));
                Log.info(spec.name() + " answers on port " + spec.port() + ", round robin over ports " + spec.instancePorts(instances));
            }
        }
    }

    /** The booking page and the saga explorer, in this JVM, with a same-origin proxy to the services. */
    private synchronized void serveWebApp(List<DemoData.DemoUser> users) {
        if (stopping) {
            return;
        }
        try {
            webApp = WebApp.start(Summary.WEB_PORT, Services.local(), new WebApp.WebConfig(
                    users.stream().map(user -> new WebApp.DemoUser(user.name(), user.userId())).toList(),
                    ZipkinServer.URL + "/zipkin/traces/{traceId}"));
        } catch (UncheckedIOException e) {
            throw new StartupFailure("the web app cannot listen on port " + Summary.WEB_PORT + ": " + e.getCause().getMessage(), e);
        }
    }

    /** From here on, a process that dies is reported and restarted, instead of ending the stack. */
    private synchronized void supervise() {
        List<Supervised> children = new ArrayList<>(services);
        children.add(provider);
        children.add(kafka);
        children.add(zipkin);
        databases.embedded().ifPresent(children::add);
        BiConsumer<String, Instant> onUp = (name, at) -> upListeners.forEach(listener -> listener.accept(name, at));
        children.forEach(child -> supervisors.add(new Supervisor(child, onUp)));
        if (!stopping) {
            supervisors.forEach(Supervisor::start);
        }
    }

    /** Hears the name of every process that was restarted, and when it was ready again. */
    void onRestarted(BiConsumer<String, Instant> listener) {
        upListeners.add(listener);
    }

    List<ServiceProcess> services() {
        return services;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    Databases databases() {
        return databases;
    }

    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        supervisors.forEach(Supervisor::stopping);
        if (webApp != null) {
            webApp.close();
        }
        Log.info("Stopping the services, Kafka and PostgreSQL …");
        fronts.forEach(Front::close);
        services.parallelStream().forEach(ServiceProcess::stop);
        if (provider != null) {
            provider.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (zipkin != null) {
            zipkin.stop();
        }
        if (databases != null) {
            databases.close();
        }
        Log.info("Stopped.");
    }
}
