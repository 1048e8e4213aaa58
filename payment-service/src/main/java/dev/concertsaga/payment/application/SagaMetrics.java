package dev.concertsaga.payment.application;

import dev.concertsaga.payment.domain.Payment;

/** What operators count of the saga: payments started, and how they were decided. Runs in the caller's transaction. */
public interface SagaMetrics {

    /** A payment was requested; counted if the transaction commits. */
    void started(Payment payment);

    /** A payment was completed or cancelled; counted, with the time since its request, if the transaction commits. */
    void decided(Payment payment);
}
