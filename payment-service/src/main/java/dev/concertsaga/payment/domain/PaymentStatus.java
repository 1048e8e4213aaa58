package dev.concertsaga.payment.domain;

/** Where a payment's saga stands: still running, or decided one way for good. */
public enum PaymentStatus {
    PENDING, COMPLETED, CANCELLED
}
