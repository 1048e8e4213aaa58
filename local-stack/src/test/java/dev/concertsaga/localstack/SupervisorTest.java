package dev.concertsaga.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against real processes (a {@code sleep}), killed as the chaos run kills them. */
class SupervisorTest {

    /** A child that is a plain {@code sleep}: started again on restart, like a service on its data. */
    static final class Sleeper extends SupervisedChild {

        volatile int restarts;

        Sleeper(Path log) {
            super("sleeper", log, Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(1));
            launch();
        }

        @Override
        List<String> command() {
            return List.of("sleep", "300");
        }

        @Override
        boolean ready() {
            return true;
        }

        @Override
        String notReady() {
            return "did not sleep";
        }

        @Override
        public void restart() {
            super.restart();
            restarts++;
        }
    }

    private final Sleeper sleeper = new Sleeper(log());
    private final Map<String, Instant> ups = new ConcurrentHashMap<>();
    private final Supervisor supervisor = new Supervisor(sleeper, ups::put);

    private static Path log() {
        try {
            Path log = Files.createTempFile("sleeper", ".log");
            log.toFile().deleteOnExit();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stopTheSleeper() {
        supervisor.stopping();
        sleeper.process().destroyForcibly();
    }

    @Test
    void restarts_a_process_killed_with_sigkill_and_reports_it_up() {
        supervisor.start();
        long killed = sleeper.process().pid();

        sleeper.process().destroyForcibly();

        await().atMost(Duration.ofSeconds(10)).until(() -> ups.containsKey("sleeper"));
        assertThat(sleeper.process().isAlive()).isTrue();
        assertThat(sleeper.process().pid()).isNotEqualTo(killed);
        assertThat(sleeper.restarts).isEqualTo(1);
    }

    @Test
    void restarts_again_after_a_second_crash() {
        supervisor.start();
        sleeper.process().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> sleeper.restarts == 1 && sleeper.process().isAlive());

        sleeper.process().destroyForcibly();

        await().atMost(Duration.ofSeconds(10)).until(() -> sleeper.restarts == 2 && sleeper.process().isAlive());
    }

    @Test
    void lets_a_process_go_once_the_stack_is_stopping() {
        supervisor.start();
        supervisor.stopping();
        ProcessHandle last = sleeper.process();

        last.destroyForcibly();

        // The first restart would come 1 s after the exit: wait past that for a restart that must not happen.
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(3)).until(() -> sleeper.restarts == 0);
        assertThat(sleeper.process().pid()).isEqualTo(last.pid());
    }
}
