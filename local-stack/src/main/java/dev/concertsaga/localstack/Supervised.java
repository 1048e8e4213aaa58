package dev.concertsaga.localstack;

import java.util.concurrent.CompletableFuture;

/** A process of the stack that its supervisor keeps running. */
interface Supervised {

    String name();

    /** The process running now (a restart replaces it). */
    ProcessHandle process();

    /** Completes when the process running now ends, saying how, e.g. {@code exit code 137}. */
    CompletableFuture<String> exit();

    /** Starts the process again on the same data and waits until it is ready; a {@link StartupFailure} says why not. */
    void restart();

    /** The end of its log, where a crash usually says why. */
    String logTail();
}
