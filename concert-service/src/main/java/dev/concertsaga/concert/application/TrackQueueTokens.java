package dev.concertsaga.concert.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.concert.domain.QueueToken;
import dev.concertsaga.concert.domain.QueueTokenStatus;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.RestoredTokenStatus;

/**
 * Keeps the local view of queue tokens that {@link HoldSeat} checks, from queue-service's events, so that holding a
 * seat never waits on queue-service. Every change sets a state rather than moving one, so a repeat is harmless.
 */
@Service
public class TrackQueueTokens {

    private final QueueTokenStore tokens;

    public TrackQueueTokens(QueueTokenStore tokens) {
        this.tokens = tokens;
    }

    @Transactional
    public void activated(QueueTokenActivated event) {
        tokens.put(new QueueToken(event.token(), event.userId(), QueueTokenStatus.ACTIVE, event.activeUntil()));
    }

    @Transactional
    public void expired(QueueTokenExpired event) {
        tokens.markExpired(event.token());
    }

    /** A payment's use of the token was undone: active again until its original deadline, or expired. */
    @Transactional
    public void restored(QueueTokenRestored event) {
        QueueTokenStatus status = event.status() == RestoredTokenStatus.ACTIVE ? QueueTokenStatus.ACTIVE : QueueTokenStatus.EXPIRED;
        tokens.put(new QueueToken(event.token(), event.userId(), status, event.activeUntil()));
    }
}
