package dev.concertsaga.payment.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a compensation (ReservationRestored, QueueTokenRestored, PointsRefunded) on its payment's timeline: the
 * payment is already CANCELLED, but whoever debugs the saga needs to see that every step was undone.
 */
@Service
public class RecordCompensation {

    private final PaymentSaga saga;
    private final PaymentTimeline timeline;
    private final Clock clock;

    RecordCompensation(PaymentSaga saga, PaymentTimeline timeline, Clock clock) {
        this.saga = saga;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Another service undid its step for the payment. Takes the payment's lock like every writer of its timeline, so
     * the timeline's order is the order of commits.
     */
    @Transactional
    public void stepUndone(SeenEvent seen) {
        saga.lock(seen).ifPresent(payment -> timeline.append(seen, clock.instant()));
    }
}
