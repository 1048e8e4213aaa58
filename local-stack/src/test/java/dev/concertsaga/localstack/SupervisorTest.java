package dev.concertsaga.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against real processes (a {@code sleep}), killed as the chaos run kills them. */
class SupervisorTest {

    /** A child that is a plain {@code sleep}: started again on restart, like a service on its data. */
    static final class Sleeper implements Supervised {

        volatile Process process = start();
        volatile int restarts;

        private static Process start() {
            try {
                return new ProcessBuilder("sleep", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String name() {
            return "sleeper";
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
        public void restart() {
            process = start();
            restarts++;
        }

        @Override
        public String logTail() {
            return "(no log)";
        }
    }

    private final Sleeper sleeper = new Sleeper();
    private final Map<String, Instant> ups = new ConcurrentHashMap<>();
    private final Supervisor supervisor = new Supervisor(sleeper, ups::put);

    @AfterEach
    void stopTheSleeper() {
        supervisor.stopping();
        sleeper.process.destroyForcibly();
    }

    @Test
    void restarts_a_process_killed_with_sigkill_and_reports_it_up() {
        supervisor.start();
        long killed = sleeper.process.pid();

        sleeper.process.destroyForcibly();

        await().atMost(Duration.ofSeconds(10)).until(() -> ups.containsKey("sleeper"));
        assertThat(sleeper.process.isAlive()).isTrue();
        assertThat(sleeper.process.pid()).isNotEqualTo(killed);
        assertThat(sleeper.restarts).isEqualTo(1);
    }

    @Test
    void restarts_again_after_a_second_crash() {
        supervisor.start();
        sleeper.process.destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> sleeper.restarts == 1 && sleeper.process.isAlive());

        sleeper.process.destroyForcibly();

        await().atMost(Duration.ofSeconds(10)).until(() -> sleeper.restarts == 2 && sleeper.process.isAlive());
    }

    @Test
    void lets_a_process_go_once_the_stack_is_stopping() {
        supervisor.start();
        supervisor.stopping();
        Process last = sleeper.process;

        last.destroyForcibly();

        // The first restart would come 1 s after the exit: wait past that for a restart that must not happen.
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(3)).until(() -> sleeper.restarts == 0);
        assertThat(List.of(sleeper.process)).containsExactly(last);
    }
}
