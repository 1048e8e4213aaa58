package dev.concertsaga.payment.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.payment.domain.Transition;

/**
 * Records the saga's successful steps; the third one completes the payment and publishes {@code PaymentCompleted}.
 * A success that arrives after the payment was decided only goes on the timeline.
 */
@Service
public class CompletePayment {

    private final PaymentSaga saga;
    private final CardPayments cardPayments;

    CompletePayment(PaymentSaga saga, CardPayments cardPayments) {
        this.saga = saga;
        this.cardPayments = cardPayments;
    }

    /**
     * concert-service confirmed the reservation for the payment; {@code amount} is the seat's price. For a card
     * payment still pending, the charge attempt is recorded in this transaction; the worker makes it, never the
     * listener, which does not wait on the provider.
     */
    @Transactional
    public void reservationConfirmed(SeenEvent confirmed, long amount) {
        saga.follow(confirmed, (payment, now) -> {
            Transition transition = payment.reservationConfirmed(amount, now);
            if (transition != Transition.LATE && payment.isByCard()) {
                cardPayments.chargeFor(payment, amount, now);
            }
            return transition;
        });
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
