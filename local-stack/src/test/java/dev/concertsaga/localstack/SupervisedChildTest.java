package dev.concertsaga.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting a child of the stack, against real processes ({@code sh}): what a start that fails says, and what it leaves. */
class SupervisedChildTest {

    @TempDir
    Path directory;

    private Child child;

    /** A child that runs {@code script} and is ready when {@code ready} says so. */
    static final class Child extends SupervisedChild {

        private final String script;
        private final boolean ready;

        Child(Path log, String script, boolean ready) {
            super("child", log, Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofSeconds(1));
            this.script = script;
            this.ready = ready;
        }

        @Override
        List<String> command() {
            return List.of("sh", "-c", script);
        }

        @Override
        boolean ready() {
            return ready;
        }

        @Override
        String notReady() {
            return "did not get ready";
        }
    }

    @AfterEach
    void stopTheChild() {
        if (child != null) {
            child.stop();
        }
    }

    @Test
    void a_start_whose_process_ends_says_its_exit_code_and_the_end_of_its_log() {
        child = new Child(directory.resolve("child.log"), "echo no data directory; exit 3", false);

        assertThatThrownBy(child::restart).isInstanceOf(StartupFailure.class)
                .hasMessageContaining("child exited with code 3").hasMessageContaining("no data directory");
    }

    @Test
    void a_start_that_does_not_get_ready_in_time_fails_and_stops_the_process() throws Exception {
        child = new Child(directory.resolve("child.log"), "exec sleep 300", false);

        assertThatThrownBy(child::restart).isInstanceOf(StartupFailure.class).hasMessageContaining("child did not get ready within 1 s");

        assertThat(child.process().onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void a_ready_process_is_the_one_it_reports_and_stop_ends_it() throws Exception {
        child = new Child(directory.resolve("child.log"), "exec sleep 300", true);
        child.restart();
        ProcessHandle running = child.process();
        assertThat(running.isAlive()).isTrue();

        child.stop();

        assertThat(child.exit().get(5, TimeUnit.SECONDS)).startsWith("exit code ");
        assertThat(running.isAlive()).isFalse();
    }

    @Test
    void once_stopped_it_refuses_to_start_again() {
        child = new Child(directory.resolve("child.log"), "exec sleep 300", true);
        child.stop();

        assertThatThrownBy(child::restart).isInstanceOf(StartupFailure.class).hasMessage("the stack is stopping");
    }
}
