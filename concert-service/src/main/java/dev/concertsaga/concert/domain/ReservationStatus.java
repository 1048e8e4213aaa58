package dev.concertsaga.concert.domain;

/** HELD until paid or expired; CONFIRMED by exactly one payment; EXPIRED for good. */
public enum ReservationStatus {
    HELD, CONFIRMED, EXPIRED
}
