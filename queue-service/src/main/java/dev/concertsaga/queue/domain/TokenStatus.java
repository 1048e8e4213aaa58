package dev.concertsaga.queue.domain;

/** Where a token is in its life: it only ever moves forward, except when a cancelled payment gives it back. */
public enum TokenStatus {
    WAITING, ACTIVE, EXPIRED
}
