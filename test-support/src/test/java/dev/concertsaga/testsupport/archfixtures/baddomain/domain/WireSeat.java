package dev.concertsaga.testsupport.archfixtures.baddomain.domain;

import java.time.Instant;

import dev.concertsaga.events.FailureReason;

/** The events' words: the application layer translates the domain's results into them. */
public record WireSeat(long id, Instant heldUntil, FailureReason refusal) {
}
