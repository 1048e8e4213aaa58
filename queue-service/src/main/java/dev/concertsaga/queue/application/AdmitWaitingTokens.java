package dev.concertsaga.queue.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.queue.domain.AdmissionPolicy;
import dev.concertsaga.queue.domain.Token;

/** Lets waiting tokens in, in issue order, while fewer than the maximum are active. */
@Service
public class AdmitWaitingTokens {

    private final TokenStore tokens;
    private final Outbox outbox;
    private final AdmissionPolicy policy;
    private final Clock clock;

    AdmitWaitingTokens(TokenStore tokens, Outbox outbox, AdmissionPolicy policy, Clock clock) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
    }

    /** Admits at most {@code batchSize} tokens in one short transaction; returns how many it admitted. */
    @Transactional
    public int admitUpTo(int batchSize) {
        tokens.lockAdmission();
        int admissible = policy.admissible(tokens.countActive(), batchSize);
        if (admissible == 0) {
            return 0;
        }
        Instant deadline = policy.activeUntil(clock.instant());
        List<Token> admitted = tokens.lockNextWaiting(admissible);
        for (Token token : admitted) {
            token.activate(deadline);
            tokens.save(token);
            outbox.add(new QueueTokenActivated(token.id(), token.userId(), deadline));
        }
        return admitted.size();
    }
}
