package dev.concertsaga.queue;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh user ids, so that tests sharing the database never hold each other's tokens. */
final class TestUsers {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() * 1_000);

    private TestUsers() {
    }

    static long next() {
        return NEXT.getAndIncrement();
    }
}
