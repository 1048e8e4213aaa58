package dev.concertsaga.payment.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.payment.domain.Transition;

/**
 * Records the saga's successful steps; the third one completes the payment and publishes {@code PaymentCompleted}.
 * A success that arrives after the payment was decided only goes on the timeline.
 */
@Service
public class CompletePayment {

    private final PaymentSaga saga;
    private final CardPayments cardPayments;
    private final Clock clock;

    CompletePayment(PaymentSaga saga, CardPayments cardPayments, Clock clock) {
        this.saga = saga;
        this.cardPayments = cardPayments;
        this.clock = clock;
    }

    /**
     * concert-service confirmed the reservation for the payment, at the seat's price. For a card payment still
     * pending, the charge attempt is recorded in this transaction; the worker makes it, never the listener, which
     * does not wait on the provider.
     */
    @Transactional
    public void reservationConfirmed(SeenEvent seen, ReservationConfirmed confirmed) {
        saga.lock(seen).ifPresent(payment -> {
            Instant now = clock.instant();
            Transition transition = payment.reservationConfirmed(confirmed.amount(), now);
            if (transition != Transition.LATE && payment.isByCard()) {
                cardPayments.chargeFor(payment, confirmed.amount(), now);
            }
            saga.record(seen, payment, transition, now);
            saga.save(payment, transition);
        });
    }

    /** queue-service used up the payment's queue token. */
    @Transactional
    public void queueTokenExpired(SeenEvent seen) {
        saga.lock(seen).ifPresent(payment -> {
            Instant now = clock.instant();
            Transition transition = payment.queueTokenExpired(now);
            saga.record(seen, payment, transition, now);
            saga.save(payment, transition);
        });
    }

    /** user-service deducted the payment's amount from the user's points. */
    @Transactional
    public void pointsDeducted(SeenEvent seen) {
        saga.lock(seen).ifPresent(payment -> {
            Instant now = clock.instant();
            Transition transition = payment.pointsDeducted(now);
            saga.record(seen, payment, transition, now);
            saga.save(payment, transition);
        });
    }
}
