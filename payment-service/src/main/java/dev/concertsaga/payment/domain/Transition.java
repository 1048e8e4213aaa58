package dev.concertsaga.payment.domain;

/** What a saga event did to a payment. */
public enum Transition {
    /** A step succeeded; the payment still waits for the others. */
    STEP_RECORDED,
    /** The last missing step succeeded: the payment is paid. */
    COMPLETED,
    /** A step failed or the deadline passed: the payment is void. */
    CANCELLED,
    /** The payment was already decided, so the event changed nothing; the other services' compensations undo it. */
    LATE
}
