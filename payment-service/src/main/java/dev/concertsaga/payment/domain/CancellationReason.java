package dev.concertsaga.payment.domain;

/** Why a payment was cancelled: what the failed step reported, or that the deadline passed. */
public enum CancellationReason {
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
