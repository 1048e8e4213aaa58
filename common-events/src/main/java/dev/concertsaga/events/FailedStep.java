package dev.concertsaga.events;

/** The saga step whose failure cancelled a payment. */
public enum FailedStep {
    RESERVATION, QUEUE_TOKEN, POINTS, CARD, DEADLINE
}
