package dev.concertsaga.payment.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.Transition;

/**
 * Cancels a payment on the first failed step and publishes {@code PaymentCancelled}, which makes every service
 * undo what it did for it. The payment is kept, CANCELLED with its step and reason (DESIGN rule 8).
 */
@Service
public class VoidPayment {

    private final PaymentSaga saga;
    private final Clock clock;

    VoidPayment(PaymentSaga saga, Clock clock) {
        this.saga = saga;
        this.clock = clock;
    }

    /** concert-service would not confirm the reservation for the payment. */
    @Transactional
    public void reservationRefused(SeenEvent seen, ReservationConfirmationFailed refused) {
        cancel(seen, FailedStep.RESERVATION, refused.reason());
    }

    /** queue-service would not use up the payment's queue token. */
    @Transactional
    public void queueTokenRefused(SeenEvent seen, QueueTokenExpiryFailed refused) {
        cancel(seen, FailedStep.QUEUE_TOKEN, refused.reason());
    }

    /** user-service would not deduct the payment's amount from the user's points. */
    @Transactional
    public void pointsRefused(SeenEvent seen, PointsDeductionFailed refused) {
        cancel(seen, FailedStep.POINTS, refused.reason());
    }

    private void cancel(SeenEvent seen, FailedStep step, FailureReason reason) {
        saga.lock(seen).ifPresent(payment -> {
            Instant now = clock.instant();
            Transition transition = payment.cancel(step, WireTerms.fromWire(reason), now);
            saga.record(seen, payment, transition, now);
            saga.save(payment, transition);
        });
    }
}
