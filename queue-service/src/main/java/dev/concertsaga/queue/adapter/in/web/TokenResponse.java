package dev.concertsaga.queue.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import dev.concertsaga.queue.application.TokenView;
import dev.concertsaga.queue.domain.TokenStatus;

/** A queue token on the wire (DESIGN §4); {@code activeUntil} is null while the token waits. */
record TokenResponse(UUID token, long userId, TokenStatus status, long position, Instant activeUntil) {

    static TokenResponse of(TokenView view) {
        return new TokenResponse(view.token(), view.userId(), view.status(), view.position(), view.activeUntil());
    }
}
