package dev.concertsaga.concert.domain;

/** Where undoing a payment's confirmation left the reservation. */
public enum Restoration {
    /** Held again, until its original deadline. */
    HELD_AGAIN,
    /** Expired, because its original deadline had passed; the seat is free again. */
    EXPIRED
}
