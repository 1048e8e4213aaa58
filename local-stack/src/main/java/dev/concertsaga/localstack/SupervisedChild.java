package dev.concertsaga.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A child process of the stack that its supervisor keeps running: the same command at every start, a log of its own,
 * and a readiness check that a start waits for. A start that does not get ready in time is stopped again.
 */
abstract class SupervisedChild implements Supervised {

    private final String name;
    private final Path log;
    private final Duration startTimeout;
    private final Duration checkEvery;
    private final Duration stopGrace;
    private volatile Process process;
    private boolean stopped;

    SupervisedChild(String name, Path log, Duration startTimeout, Duration checkEvery, Duration stopGrace) {
        this.name = name;
        this.log = log;
        this.startTimeout = startTimeout;
        this.checkEvery = checkEvery;
        this.stopGrace = stopGrace;
    }

    /** The command every start runs. */
    abstract List<String> command();

    /** Whether the process running now serves; asked until it does or the start timeout passes. */
    abstract boolean ready();

    /** What a start that timed out failed at, e.g. {@code did not listen on port 9092}. */
    abstract String notReady();

    /** Why a process ended while it was starting; the end of its log unless the log can say more. */
    String whyItEnded(Path log) {
        return ChildProcess.tail(log);
    }

    /** Starts the process and waits until it is ready; one that does not get there is stopped again. */
    @Override
    public void restart() {
        launch();
        try {
            awaitReady(startTimeout);
        } catch (StartupFailure e) {
            ChildProcess.stop(process, Duration.ofSeconds(10));
            throw e;
        }
    }

    /** Starts the process without waiting for it. */
    final synchronized void launch() {
        if (stopped) {
            throw new StartupFailure("the stack is stopping");
        }
        process = ChildProcess.start(command(), log);
    }

    /** Waits until the process is ready; one that dies first is reported with why, from its log. */
    final void awaitReady(Duration timeout) {
        Process starting = process;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!starting.isAlive()) {
                throw new StartupFailure(name + " exited with code " + starting.exitValue() + ":\n" + whyItEnded(log));
            }
            if (ready()) {
                return;
            }
            ChildProcess.pause(checkEvery);
        }
        throw new StartupFailure(name + " " + notReady() + " within " + timeout.toSeconds() + " s:\n" + logTail());
    }

    /** Stops it for good: SIGTERM, then SIGKILL once the grace has passed. */
    final synchronized void stop() {
        stopped = true;
        if (process != null) {
            ChildProcess.stop(process, stopGrace);
        }
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public final CompletableFuture<String> exit() {
        return process.onExit().thenApply(ended -> "exit code " + ended.exitValue());
    }

    @Override
    public final String logTail() {
        return ChildProcess.tail(log);
    }
}
