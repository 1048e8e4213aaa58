package dev.concertsaga.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka in KRaft mode (broker and controller in one process), started from the Kafka jars as a child
 * process. Its log directory is formatted on the first run and kept after that, restarts included.
 */
final class KafkaBroker implements Supervised {

    private final Settings settings;
    private final Path config;
    private final Path log;
    private volatile Process process;
    private boolean stopped;

    private KafkaBroker(Settings settings, Path config) {
        this.settings = settings;
        this.config = config;
        this.log = settings.logs().resolve("kafka.log");
    }

    static KafkaBroker start(Settings settings) {
        Path home = settings.home().resolve("kafka");
        Path config = writeConfig(settings, home);
        if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
            format(settings, config);
        }
        KafkaBroker broker = new KafkaBroker(settings, config);
        broker.restart();
        return broker;
    }

    /** Starts the broker on its data directory and waits until it listens. */
    @Override
    public void restart() {
        synchronized (this) {
            if (stopped) {
                throw new StartupFailure("the stack is stopping");
            }
            // The serial collector: with G1 (the JVM's default here) the broker took four times the CPU per payment
            // on two shared cores, and the saga ran at less than half the rate (README, Benchmark).
            process = ChildProcess.start(List.of(settings.java().toString(), "-Xmx512m", "-XX:+UseSerialGC", "-cp", settings.classpath(),
                    "kafka.Kafka", config.toString()), log);
        }
        try {
            // After a crash the broker recovers its logs and waits out its old registration's session (broker.session.timeout.ms):
            // on a busy 2-core machine that took more than a minute.
            awaitListening(settings.kafkaPort(), settings.startTimeout());
        } catch (StartupFailure e) {
            ChildProcess.stop(process, Duration.ofSeconds(10));
            throw e;
        }
    }

    private static Path writeConfig(Settings settings, Path home) {
        String config = """
                process.roles=broker,controller
                node.id=1
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.quorum.bootstrap.servers=127.0.0.1:%2$d
                log.dirs=%3$s
                num.partitions=6
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                # Two cores run the broker beside four services and PostgreSQL: few broker threads (see README, Benchmark).
                num.network.threads=1
                num.io.threads=2
                # After a kill -9, the controller keeps the dead broker's registration until its session times out
                # (default 9 s) and only then registers the restarted one: this is most of a restart's wait.
                broker.session.timeout.ms=5000
                broker.heartbeat.interval.ms=1000
                """.formatted(settings.kafkaPort(), settings.kafkaControllerPort(), home.resolve("data"));
        try {
            Files.createDirectories(home);
            return Files.writeString(home.resolve("server.properties"), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void format(Settings settings, Path config) {
        Path log = settings.logs().resolve("kafka-format.log");
        Process format = ChildProcess.start(List.of(settings.java().toString(), "-cp", settings.classpath(), "kafka.tools.StorageTool",
                "format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", config.toString()), log);
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new StartupFailure("formatting Kafka's log directory failed:\n" + ChildProcess.tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while formatting Kafka's log directory");
        }
    }

    private void awaitListening(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StartupFailure("Kafka exited with code " + process.exitValue() + ":\n" + ChildProcess.tail(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                ChildProcess.pause(Duration.ofMillis(250));
            }
        }
        throw new StartupFailure("Kafka did not listen on port " + port + " within " + timeout.toSeconds() + " s:\n" + ChildProcess.tail(log));
    }

    synchronized void stop() {
        stopped = true;
        if (process != null) {
            ChildProcess.stop(process, Duration.ofSeconds(30));
        }
    }

    @Override
    public String name() {
        return "kafka";
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
