package dev.concertsaga.queue.application;

import java.time.Instant;
import java.util.UUID;

import dev.concertsaga.queue.domain.Token;
import dev.concertsaga.queue.domain.TokenStatus;

/**
 * A token as its holder sees it.
 *
 * @param position    the place among waiting tokens (1 is next); 0 once active or expired
 * @param activeUntil null while waiting
 */
public record TokenView(UUID token, long userId, TokenStatus status, long position, Instant activeUntil) {

    static TokenView of(Token token, long position) {
        return new TokenView(token.id(), token.userId(), token.status(), position, token.activeUntil());
    }
}
