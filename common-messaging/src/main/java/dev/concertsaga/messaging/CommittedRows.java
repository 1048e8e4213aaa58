package dev.concertsaga.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ids of outbox rows whose transactions committed in this process, waiting for the relay to claim them by
 * primary key. Bounded: ids that find it full are dropped, and it says so, so that the relay looks through the table
 * for them instead.
 */
final class CommittedRows {

    private final int capacity;
    private final Queue<Long> ids = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean dropped = new AtomicBoolean();

    CommittedRows(int capacity) {
        this.capacity = capacity;
    }

    void add(Collection<Long> committed) {
        if (size.addAndGet(committed.size()) > capacity) {
            size.addAndGet(-committed.size());
            dropped.set(true);
            return;
        }
        ids.addAll(committed);
    }

    /** Up to {@code max} ids, oldest first. */
    List<Long> take(int max) {
        List<Long> taken = new ArrayList<>(Math.min(max, Math.max(size.get(), 0)));
        Long id;
        while (taken.size() < max && (id = ids.poll()) != null) {
            size.decrementAndGet();
            taken.add(id);
        }
        return taken;
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Whether ids were dropped for want of room since the last {@link #clear()}. */
    boolean droppedAny() {
        return dropped.get();
    }

    /** Forgets every id: the caller is about to look through the table, where their rows are. */
    void clear() {
        dropped.set(false);
        while (ids.poll() != null) {
            size.decrementAndGet();
        }
    }
}
