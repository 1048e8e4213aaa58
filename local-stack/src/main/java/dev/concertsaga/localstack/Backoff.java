package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.function.LongSupplier;

/** 1 s, 2 s, 4 s … up to 30 s between restarts; back to 1 s once a process has stayed up for a minute. */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration CAP = Duration.ofSeconds(30);
    static final Duration STABLE = Duration.ofSeconds(60);

    private final LongSupplier clock;
    private Duration next = FIRST;
    private Long upSince;

    Backoff() {
        this(System::nanoTime);
    }

    /** {@code clock} says the time in nanoseconds, as {@link System#nanoTime()} does. */
    Backoff(LongSupplier clock) {
        this.clock = clock;
        this.upSince = clock.getAsLong();
    }

    /** The pause before the next attempt; each call doubles the one after, unless the process had been up long enough. */
    synchronized Duration next() {
        if (upSince != null && clock.getAsLong() - upSince > STABLE.toNanos()) {
            next = FIRST;
        }
        upSince = null;
        Duration pause = next;
        next = next.multipliedBy(2).compareTo(CAP) > 0 ? CAP : next.multipliedBy(2);
        return pause;
    }

    /** The process is up again: from now on, staying up resets the pause. */
    synchronized void up() {
        upSince = clock.getAsLong();
    }
}
