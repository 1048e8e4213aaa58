package dev.concertsaga.messaging;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Marks the threads that do background work: the outbox relay, Kafka listeners, schedulers. Their database
 * connections come from a pool of their own, so a consumer backlog can never take the connections requests need.
 * The outbox relay's thread has a small pool of its own within that budget ({@link MessagingDataSourceAutoConfiguration}).
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    public static boolean isCurrentThread() {
        return Thread.currentThread() instanceof BackgroundThread;
    }

    static boolean isRelayThread() {
        return Thread.currentThread() instanceof BackgroundThread thread && thread.relay;
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}, … that draw on the background connection pool. */
    public static ThreadFactory threadFactory(String prefix) {
        return threadFactory(prefix, false);
    }

    /** The outbox relay's threads, which draw on the relay's connection pool. */
    static ThreadFactory relayThreadFactory(String prefix) {
        return threadFactory(prefix, true);
    }

    private static ThreadFactory threadFactory(String prefix, boolean relay) {
        AtomicInteger count = new AtomicInteger();
        return task -> new BackgroundThread(task, prefix + "-" + count.incrementAndGet(), relay);
    }

    private static final class BackgroundThread extends Thread {

        private final boolean relay;

        BackgroundThread(Runnable task, String name, boolean relay) {
            super(task, name);
            this.relay = relay;
        }
    }
}
