package dev.concertsaga.events;

/** Why a queue token expired: used up by a payment, or its active time ran out. */
public enum TokenExpiryReason {
    PAYMENT, TTL
}
