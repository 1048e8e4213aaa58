package dev.concertsaga.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka in KRaft mode (broker and controller in one process), started from the Kafka jars as a child
 * process. Its log directory is formatted on the first run and kept after that, restarts included.
 */
final class KafkaBroker extends SupervisedChild {

    private final Settings settings;
    private final Path config;

    private KafkaBroker(Settings settings, Path config) {
        // After a crash the broker recovers its logs and waits out its old registration's session (broker.session.timeout.ms):
        // on a busy 2-core machine that took more than a minute (the start timeout allows for it).
        super("kafka", settings.logs().resolve("kafka.log"), settings.startTimeout(), Duration.ofMillis(250), Duration.ofSeconds(30));
        this.settings = settings;
        this.config = config;
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

    /** The broker on its data directory. */
    @Override
    List<String> command() {
        // The serial collector: with G1 (the JVM's default here) the broker took four times the CPU per payment
        // on two shared cores, and the saga ran at less than half the rate (README, Benchmark).
        return List.of(settings.java().toString(), "-Xmx512m", "-XX:+UseSerialGC", "-cp", settings.classpath(), "kafka.Kafka", config.toString());
    }

    /** Ready once it listens. */
    @Override
    boolean ready() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", settings.kafkaPort()), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    String notReady() {
        return "did not listen on port " + settings.kafkaPort();
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
}
