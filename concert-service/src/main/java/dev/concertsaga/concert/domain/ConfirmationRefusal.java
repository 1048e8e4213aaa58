package dev.concertsaga.concert.domain;

/** Why a payment cannot confirm a reservation. */
public enum ConfirmationRefusal {
    /** There is no hold to confirm: no such reservation, or another payment confirmed it. */
    NOT_HELD,
    /** The hold's deadline has passed. */
    EXPIRED,
    /** The payment is not the reservation's owner's. */
    NOT_OWNER
}
