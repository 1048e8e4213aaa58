package dev.concertsaga.concert.domain;

/** Where a seat stands; it mirrors the seat's live reservation (see {@link Reservation#seatStatus()}). */
public enum SeatStatus {
    AVAILABLE, HELD, SOLD
}
