package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.time.Instant;
import java.util.UUID;

/** A waiting token was admitted: its user may reserve and pay until {@code activeUntil}. */
public record QueueTokenActivated(UUID token, long userId, Instant activeUntil) implements QueueTokenEvent {

    public QueueTokenActivated {
        required(token, "token");
        positive(userId, "userId");
        required(activeUntil, "activeUntil");
    }
}
