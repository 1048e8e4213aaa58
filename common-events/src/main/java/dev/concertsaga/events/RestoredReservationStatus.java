package dev.concertsaga.events;

/** Where a restored reservation ended: held again, or expired because its hold deadline had passed. */
public enum RestoredReservationStatus {
    HELD, EXPIRED
}
