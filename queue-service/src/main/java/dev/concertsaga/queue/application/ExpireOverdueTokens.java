package dev.concertsaga.queue.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.TokenExpiryReason;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.queue.domain.Token;

/** Ends active tokens whose time has run out, which frees their places for waiting ones. */
@Service
public class ExpireOverdueTokens {

    private final TokenStore tokens;
    private final Outbox outbox;
    private final Clock clock;

    ExpireOverdueTokens(TokenStore tokens, Outbox outbox, Clock clock) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Expires at most {@code batchSize} tokens in one short transaction; returns how many it expired. */
    @Transactional
    public int expireUpTo(int batchSize) {
        Instant now = clock.instant();
        List<Token> overdue = tokens.lockOverdue(now, batchSize);
        for (Token token : overdue) {
            token.expireAt(now);
            tokens.save(token);
            outbox.add(new QueueTokenExpired(token.id(), token.userId(), TokenExpiryReason.TTL, null));
        }
        return overdue.size();
    }
}
