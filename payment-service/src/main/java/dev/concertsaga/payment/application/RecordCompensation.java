package dev.concertsaga.payment.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a compensation (ReservationRestored, QueueTokenRestored, PointsRefunded) on its payment's timeline: the
 * payment is already CANCELLED, but whoever debugs the saga needs to see that every step was undone.
 */
@Service
public class RecordCompensation {

    private static final Logger LOG = LoggerFactory.getLogger(RecordCompensation.class);

    private final PaymentStore payments;
    private final PaymentTimeline timeline;
    private final Clock clock;

    RecordCompensation(PaymentStore payments, PaymentTimeline timeline, Clock clock) {
        this.payments = payments;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Takes the payment's lock like every writer of its timeline, so the timeline's order is the order of commits. */
    @Transactional
    public void record(SeenEvent compensation) {
        payments.lock(compensation.paymentId()).ifPresentOrElse(
                payment -> timeline.append(compensation, clock.instant()),
                () -> LOG.debug("Ignoring {} {}: payment {} is not known here", compensation.type(), compensation.eventId(), compensation.paymentId()));
    }
}
