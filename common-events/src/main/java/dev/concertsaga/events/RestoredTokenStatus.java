package dev.concertsaga.events;

/** Where a reverted queue token ended: active again, or expired because its deadline had passed. */
public enum RestoredTokenStatus {
    ACTIVE, EXPIRED
}
