package dev.concertsaga.concert.application;

import java.util.Optional;
import java.util.UUID;

import dev.concertsaga.concert.domain.QueueToken;

/** The local view of queue tokens. */
public interface QueueTokenStore {

    Optional<QueueToken> find(UUID token);

    /** Records the token as given, whatever was known of it before. */
    void put(QueueToken token);

    /** Marks a known token EXPIRED; an unknown token is left unknown, which already means "not active". */
    void markExpired(UUID token);
}
