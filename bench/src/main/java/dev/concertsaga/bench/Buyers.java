package dev.concertsaga.bench;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The buyers loaded and not yet used: each pays once. */
final class Buyers {

    private final ConcurrentLinkedQueue<Buyer> ready = new ConcurrentLinkedQueue<>();

    void addAll(Collection<Buyer> buyers) {
        ready.addAll(buyers);
    }

    Optional<Buyer> next() {
        return Optional.ofNullable(ready.poll());
    }

    int remaining() {
        return ready.size();
    }
}
