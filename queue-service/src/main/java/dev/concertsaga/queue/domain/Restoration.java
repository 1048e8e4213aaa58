package dev.concertsaga.queue.domain;

/** Where undoing a payment's use left the token. */
public enum Restoration {
    /** Active again, until its original deadline. */
    ACTIVE_AGAIN,
    /** Expired as if its time had run out: the deadline had passed, or the user holds a newer token. */
    EXPIRED
}
