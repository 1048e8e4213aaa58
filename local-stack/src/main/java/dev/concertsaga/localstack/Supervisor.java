package dev.concertsaga.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * Keeps one process of the stack running: when it exits while the stack runs, says so (name, exit code, the end of
 * its log) and restarts it on the same data, pausing 1 s, 2 s, 4 s … between attempts. Start-up is not its business:
 * the stack starts everything first and hands over to the supervisors once all is healthy.
 */
final class Supervisor {

    private final Supervised child;
    private final BiConsumer<String, Instant> onUp;
    private final Backoff backoff = new Backoff();
    private volatile boolean stopping;

    /** {@code onUp} hears the name of each restarted process and when it was ready again. */
    Supervisor(Supervised child, BiConsumer<String, Instant> onUp) {
        this.child = child;
        this.onUp = onUp;
    }

    void start() {
        Thread thread = new Thread(this::watch, "supervisor-" + child.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** From now on an exit is expected: no report, no restart. */
    void stopping() {
        stopping = true;
    }

    private void watch() {
        while (!stopping) {
            String how = awaitExit();
            if (stopping) {
                return;
            }
            System.err.println(Log.now() + "  " + child.name() + " stopped while the stack was running (" + how + "). The end of its log:\n"
                    + child.logTail());
            restartUntilUp();
        }
    }

    private void restartUntilUp() {
        while (!stopping) {
            Duration pause = backoff.next();
            Log.info("Restarting " + child.name() + " in " + pause.toSeconds() + " s");
            ChildProcess.pause(pause);
            if (stopping) {
                return;
            }
            try {
                child.restart();
                backoff.up();
                Log.info(child.name() + " is back (UP)");
                onUp.accept(child.name(), Instant.now());
                return;
            } catch (RuntimeException e) {
                if (!stopping) {
                    System.err.println(Log.now() + "  " + child.name() + " did not come back: " + e.getMessage());
                }
            }
        }
    }

    private String awaitExit() {
        try {
            return child.exit().join();
        } catch (CompletionException | IllegalStateException e) {
            return "gone: " + e.getMessage();
        }
    }
}
