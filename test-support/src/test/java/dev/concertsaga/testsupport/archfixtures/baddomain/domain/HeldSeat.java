package dev.concertsaga.testsupport.archfixtures.baddomain.domain;

import java.time.Instant;

import dev.concertsaga.events.FailureReason;

/** Allowed: the JDK, the event types and its own domain. */
public record HeldSeat(long id, Instant heldUntil, FailureReason refusal) {
}
