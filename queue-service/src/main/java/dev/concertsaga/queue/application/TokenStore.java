package dev.concertsaga.queue.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.concertsaga.queue.domain.Token;

/** The queue tokens. Every {@code lock…} method holds the rows it returns until the transaction ends. */
public interface TokenStore {

    /** Adds {@code token} unless its user already holds a live (waiting or active) one; returns the user's live token. */
    Token addUnlessUserHoldsOne(Token token);

    Optional<Token> find(UUID id);

    Optional<Token> liveTokenOf(long userId);

    /** A waiting token's place among the waiting tokens in issue order: 1 is next. */
    long positionOf(UUID id);

    long countActive();

    /** Serialises admission rounds across instances until the transaction ends, so together they never admit too many. */
    void lockAdmission();

    Optional<Token> lock(UUID id);

    /** The next waiting tokens, in issue order. */
    List<Token> lockNextWaiting(int limit);

    /** Active tokens whose deadline is at or before {@code now}, skipping any that another transaction holds. */
    List<Token> lockOverdue(Instant now, int limit);

    /** The token that {@code paymentId} used, while it stays used by it. */
    Optional<Token> lockUsedBy(UUID paymentId);

    /** Stores the new state of a token this transaction locked. */
    void save(Token token);
}
