package dev.concertsaga.user.adapter.in.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.Inbox;
import dev.concertsaga.user.application.RefundPoints;

/** A cancelled payment gets its points back; other payment events need nothing from this service. */
@Component
class PaymentEventsListener {

    static final String CONSUMER = "user-service." + Topics.PAYMENT_EVENTS;

    private final Inbox inbox;
    private final RefundPoints refundPoints;

    PaymentEventsListener(Inbox inbox, RefundPoints refundPoints) {
        this.inbox = inbox;
        this.refundPoints = refundPoints;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    void on(EventEnvelope<PaymentEvent> envelope) {
        if (envelope.data() instanceof PaymentCancelled cancelled) {
            inbox.once(CONSUMER, envelope, () -> refundPoints.refund(cancelled.paymentId(), cancelled.userId()));
        }
    }
}
