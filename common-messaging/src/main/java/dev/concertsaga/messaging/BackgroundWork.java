package dev.concertsaga.messaging;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Marks the threads that do background work: the outbox relay, Kafka listeners, schedulers. Their database
 * connections come from a pool of their own, so a consumer backlog can never take the connections requests need.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    public static boolean isCurrentThread() {
        return Thread.currentThread() instanceof BackgroundThread;
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}, … that draw on the background connection pool. */
    public static ThreadFactory threadFactory(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new BackgroundThread(task, prefix + "-" + count.incrementAndGet());
    }

    private static final class BackgroundThread extends Thread {

        BackgroundThread(Runnable task, String name) {
            super(task, name);
        }
    }
}
