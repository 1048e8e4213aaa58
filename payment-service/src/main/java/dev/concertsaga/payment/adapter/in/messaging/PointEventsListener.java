package dev.concertsaga.payment.adapter.in.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.Inbox;
import dev.concertsaga.payment.application.CompletePayment;
import dev.concertsaga.payment.application.RecordCompensation;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.VoidPayment;

/** user-service's answer to a payment: the points deducted, refused, or refunded. */
@Component
class PointEventsListener {

    private static final String CONSUMER = "payment-service." + Topics.POINT_EVENTS;

    private final Inbox inbox;
    private final CompletePayment completePayment;
    private final VoidPayment voidPayment;
    private final RecordCompensation recordCompensation;

    PointEventsListener(Inbox inbox, CompletePayment completePayment, VoidPayment voidPayment, RecordCompensation recordCompensation) {
        this.inbox = inbox;
        this.completePayment = completePayment;
        this.voidPayment = voidPayment;
        this.recordCompensation = recordCompensation;
    }

    /** Charges happen outside any payment and are ignored. */
    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = Topics.POINT_EVENTS)
    void on(EventEnvelope<PointEvent> envelope) {
        PointEvent event = envelope.data();
        if (event instanceof PointsDeducted) {
            inbox.once(CONSUMER, envelope, () -> completePayment.pointsDeducted(SeenEvent.of(envelope)));
        } else if (event instanceof PointsDeductionFailed failed) {
            inbox.once(CONSUMER, envelope, () -> voidPayment.stepFailed(SeenEvent.of(envelope), FailedStep.POINTS, failed.reason()));
        } else if (event instanceof PointsRefunded) {
            inbox.once(CONSUMER, envelope, () -> recordCompensation.record(SeenEvent.of(envelope)));
        }
    }
}
