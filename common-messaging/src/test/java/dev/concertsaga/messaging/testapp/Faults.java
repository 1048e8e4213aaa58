package dev.concertsaga.messaging.testapp;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

import dev.concertsaga.messaging.InvalidEventException;

/** Failures a test arranges for one event: transient ones that clear after a number of attempts, or a rejection. */
@Component
public class Faults {

    private final Map<UUID, AtomicInteger> transientFailuresLeft = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> invalid = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public void failTransiently(UUID eventId, int times) {
        transientFailuresLeft.put(eventId, new AtomicInteger(times));
    }

    public void rejectAsInvalid(UUID eventId) {
        invalid.put(eventId, true);
    }

    /** How many times the handler was called for the event, repeats and failures included. */
    public int attempts(UUID eventId) {
        return attempts.getOrDefault(eventId, new AtomicInteger()).get();
    }

    void onAttempt(UUID eventId) {
        attempts.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
        if (invalid.containsKey(eventId)) {
            throw new InvalidEventException("event " + eventId + " contradicts the contract");
        }
        AtomicInteger left = transientFailuresLeft.get(eventId);
        if (left != null && left.getAndDecrement() > 0) {
            throw new TransientDataAccessResourceException("database unavailable (simulated)");
        }
    }
}
