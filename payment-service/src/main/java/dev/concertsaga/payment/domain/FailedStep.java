package dev.concertsaga.payment.domain;

/** What cancelled a payment: the saga step that failed, or the saga's deadline. */
public enum FailedStep {
    RESERVATION, QUEUE_TOKEN, POINTS, CARD, DEADLINE
}
