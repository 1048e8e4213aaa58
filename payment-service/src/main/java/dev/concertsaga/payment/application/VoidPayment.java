package dev.concertsaga.payment.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.payment.domain.FailedStep;

/**
 * Cancels a payment on the first failed step and publishes {@code PaymentCancelled}, which makes every service
 * undo what it did for it. The payment is kept, CANCELLED with its step and reason (DESIGN rule 8).
 */
@Service
public class VoidPayment {

    private final PaymentSaga saga;

    VoidPayment(PaymentSaga saga) {
        this.saga = saga;
    }

    @Transactional
    public void stepFailed(SeenEvent failure, FailedStep step, FailureReason reason) {
        saga.follow(failure, (payment, now) -> payment.cancel(step, WireTerms.fromWire(reason), now));
    }
}
