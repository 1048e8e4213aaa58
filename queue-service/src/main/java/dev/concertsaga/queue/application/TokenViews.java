package dev.concertsaga.queue.application;

import org.springframework.stereotype.Component;

import dev.concertsaga.queue.domain.Token;

/** Builds the holder's view of a token; only a waiting token has a place in the queue to count. */
@Component
class TokenViews {

    private final TokenStore tokens;

    TokenViews(TokenStore tokens) {
        this.tokens = tokens;
    }

    TokenView of(Token token) {
        return TokenView.of(token, token.isWaiting() ? tokens.positionOf(token.id()) : 0);
    }
}
