package dev.concertsaga.queue;

import java.time.Instant;
import java.util.UUID;

/** A token as the HTTP API shows it. */
record TokenState(UUID token, long userId, String status, long position, Instant activeUntil) {
}
