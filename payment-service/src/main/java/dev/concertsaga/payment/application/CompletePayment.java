package dev.concertsaga.payment.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the saga's successful steps; the third one completes the payment and publishes {@code PaymentCompleted}.
 * A success that arrives after the payment was decided only goes on the timeline.
 */
@Service
public class CompletePayment {

    private final PaymentSaga saga;

    CompletePayment(PaymentSaga saga) {
        this.saga = saga;
    }

    /** concert-service confirmed the reservation for the payment; {@code amount} is the seat's price. */
    @Transactional
    public void reservationConfirmed(SeenEvent confirmed, long amount) {
        saga.follow(confirmed, (payment, now) -> payment.reservationConfirmed(amount, now));
    }

    /** queue-service used up the payment's queue token. */
    @Transactional
    public void queueTokenExpired(SeenEvent expired) {
        saga.follow(expired, (payment, now) -> payment.queueTokenExpired(now));
    }

    /** user-service deducted the payment's amount from the user's points. */
    @Transactional
    public void pointsDeducted(SeenEvent deducted) {
        saga.follow(deducted, (payment, now) -> payment.pointsDeducted(now));
    }
}
