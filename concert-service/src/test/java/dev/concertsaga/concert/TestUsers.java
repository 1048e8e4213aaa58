package dev.concertsaga.concert;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh user ids, so that tests sharing the database and the topics never see each other's users. */
final class TestUsers {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() * 1_000);

    private TestUsers() {
    }

    static long next() {
        return NEXT.getAndIncrement();
    }
}
