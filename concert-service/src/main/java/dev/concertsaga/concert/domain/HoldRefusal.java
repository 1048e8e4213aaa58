package dev.concertsaga.concert.domain;

/** Why a seat cannot be held; the names are the API's error codes. */
public enum HoldRefusal {
    QUEUE_TOKEN_NOT_ACTIVE,
    QUEUE_TOKEN_NOT_OWNED,
    SEAT_NOT_FOUND,
    SEAT_NOT_AVAILABLE
}
