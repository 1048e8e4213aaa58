package dev.concertsaga.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentState;
import dev.concertsaga.payment.domain.Transition;

/**
 * The pieces every use case that follows a saga shares: lock the event's payment (or ignore an event for a payment
 * not known here), put what the event did on the timeline, and save the payment, announcing a decision in the same
 * transaction. Runs inside the caller's transaction.
 */
@Component
class PaymentSaga {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentSaga.class);

    private final PaymentStore payments;
    private final PaymentTimeline timeline;
    private final PaymentOutcomes outcomes;
    private final Outbox outbox;
    private final Clock clock;
    private final SagaMetrics metrics;
    private final CardPayments cardPayments;

    PaymentSaga(PaymentStore payments, PaymentTimeline timeline, PaymentOutcomes outcomes, Outbox outbox, Clock clock, SagaMetrics metrics,
                CardPayments cardPayments) {
        this.cardPayments = cardPayments;
        this.payments = payments;
        this.timeline = timeline;
        this.outcomes = outcomes;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The event's payment, locked for this transaction; empty, and logged, when the payment is not known here. */
    Optional<Payment> lock(SeenEvent event) {
        Optional<Payment> found = payments.lock(event.paymentId());
        if (found.isEmpty()) {
            LOG.debug("Ignoring {} {}: payment {} is not known here", event.type(), event.eventId(), event.paymentId());
        }
        return found;
    }

    /** Puts what the event did on the payment's timeline; one that came too late is marked as having changed nothing. */
    void record(SeenEvent event, Payment payment, Transition transition, Instant now) {
        timeline.append(transition == Transition.LATE ? event.late(payment.status()) : event, now);
    }

    /**
     * Saves what a transition changed; a completion or cancellation is announced in the same transaction, and a
     * cancelled card payment's charge, if it succeeded, is owed back from then on.
     */
    void save(Payment payment, Transition transition) {
        if (transition == Transition.LATE) {
            return;
        }
        payments.update(payment);
        if (transition == Transition.COMPLETED) {
            announce(payment, completed(payment));
        } else if (transition == Transition.CANCELLED) {
            announce(payment, cancelled(payment));
            if (payment.isByCard()) {
                cardPayments.refundIfCharged(payment, clock.instant());
            }
        }
    }

    private void announce(Payment payment, PaymentEvent outcome) {
        timeline.append(SeenEvent.of(outbox.add(outcome)), clock.instant());
        outcomes.announceAfterCommit(payment);
        metrics.decided(payment);
    }

    private static PaymentCompleted completed(Payment payment) {
        PaymentState state = payment.state();
        return new PaymentCompleted(payment.id(), payment.request().reservationId(), payment.request().userId(),
                state.amount(), state.completedAt(), WireTerms.toWire(payment.request().method()));
    }

    private static PaymentCancelled cancelled(Payment payment) {
        PaymentState state = payment.state();
        return new PaymentCancelled(payment.id(), payment.request().reservationId(), payment.request().userId(),
                WireTerms.toWire(state.cancellationReason()), WireTerms.toWire(state.failedStep()));
    }
}
