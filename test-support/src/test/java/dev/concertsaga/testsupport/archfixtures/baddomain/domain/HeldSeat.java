package dev.concertsaga.testsupport.archfixtures.baddomain.domain;

import java.time.Instant;

/** Allowed: the JDK and its own domain. */
public record HeldSeat(long id, Instant heldUntil, HoldRefusal refusal) {
}
