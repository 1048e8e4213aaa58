package dev.concertsaga.testsupport.archfixtures.compliant.domain;

import java.time.Duration;
import java.time.Instant;

public record Seat(long id, Instant heldUntil, HoldRefusal refusal) {

    public Seat hold(Instant now, Duration ttl) {
        return new Seat(id, now.plus(ttl), null);
    }
}
