package dev.concertsaga.queue.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.Uuids;
import dev.concertsaga.queue.domain.Token;

/** Puts a user in the queue, or hands back the token they already hold, so that asking again never jumps the queue. */
@Service
public class IssueToken {

    private final TokenStore tokens;
    private final TokenViews views;
    private final Clock clock;

    IssueToken(TokenStore tokens, TokenViews views, Clock clock) {
        this.tokens = tokens;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public TokenView issue(long userId) {
        Token token = tokens.addUnlessUserHoldsOne(Token.issue(Uuids.timeOrdered(), userId, clock.instant()));
        return views.of(token);
    }
}
