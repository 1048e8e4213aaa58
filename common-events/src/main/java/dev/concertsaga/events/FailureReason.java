package dev.concertsaga.events;

/** Why a saga step failed; carried by the *Failed events and by PaymentCancelled. */
public enum FailureReason {
    INSUFFICIENT_POINTS,
    RESERVATION_EXPIRED,
    RESERVATION_NOT_HELD,
    NOT_RESERVATION_OWNER,
    TOKEN_NOT_ACTIVE,
    NOT_TOKEN_OWNER,
    USER_NOT_FOUND,
    CARD_DECLINED,
    TIMEOUT
}
