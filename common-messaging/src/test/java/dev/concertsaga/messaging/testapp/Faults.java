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
    private final Map<UUID, AtomicInteger> applications = new ConcurrentHashMap<>();

    public void failTransiently(UUID eventId, int times) {
        transientFailuresLeft.put(eventId, new AtomicInteger(times));
    }

    public void rejectAsInvalid(UUID eventId) {
        invalid.put(eventId, true);
    }

    /** How many times the listener was handed the event, repeats and retries after a failure included. */
    public int attempts(UUID eventId) {
        return attempts.getOrDefault(eventId, new AtomicInteger()).get();
    }

    /** The listener was handed the event (again). */
    void delivered(UUID eventId) {
        attempts.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
    }

    /** How many times the handler tried to apply the event, failures included. */
    public int applications(UUID eventId) {
        return applications.getOrDefault(eventId, new AtomicInteger()).get();
    }

    /** The handler applies the event: fails as told. */
    void onApply(UUID eventId) {
        applications.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
        if (invalid.containsKey(eventId)) {
            throw new InvalidEventException("event " + eventId + " contradicts the contract");
        }
        AtomicInteger left = transientFailuresLeft.get(eventId);
        if (left != null && left.getAndDecrement() > 0) {
            throw new TransientDataAccessResourceException("database unavailable (simulated)");
        }
    }
}
