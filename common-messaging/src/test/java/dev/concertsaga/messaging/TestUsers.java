package dev.concertsaga.messaging;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh user ids for each test, so tests sharing a topic and a database never see each other's events. */
final class TestUsers {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() * 1_000);

    private TestUsers() {
    }

    /** The first of {@code count} consecutive unused ids. */
    static long reserve(int count) {
        return NEXT.getAndAdd(count);
    }
}
