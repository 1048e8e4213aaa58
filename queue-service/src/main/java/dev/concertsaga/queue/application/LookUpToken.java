package dev.concertsaga.queue.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells a holder where their token stands: waiting (and where in the queue), active (and until when), or expired. */
@Service
public class LookUpToken {

    private final TokenStore tokens;
    private final TokenViews views;

    LookUpToken(TokenStore tokens, TokenViews views) {
        this.tokens = tokens;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public Optional<TokenView> find(UUID token) {
        return tokens.find(token).map(views::of);
    }
}
