package dev.concertsaga.messaging;

/**
 * What happens between two records applied in one transaction, so that each sees the database as it would in a
 * transaction of its own: with JPA, the persistence context is flushed (the next record's SQL reads what this one
 * wrote) and cleared (no entity read by this one is handed, stale, to the next).
 */
@FunctionalInterface
interface RecordBoundary {

    RecordBoundary NONE = () -> { };

    void cross();
}
