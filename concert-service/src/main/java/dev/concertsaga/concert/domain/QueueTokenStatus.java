package dev.concertsaga.concert.domain;

/** The states of a queue token that matter here: a WAITING token is not announced, so it is simply unknown. */
public enum QueueTokenStatus {
    ACTIVE, EXPIRED
}
