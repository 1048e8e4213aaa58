package dev.concertsaga.queue.adapter.in.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.Inbox;
import dev.concertsaga.queue.application.RevertQueueToken;
import dev.concertsaga.queue.application.UseQueueToken;

/**
 * The queue's part of the payment saga: a requested payment uses its token, a cancelled one gives it back.
 * PaymentCompleted needs nothing more here: the token was spent when the payment was requested.
 */
@Component
class PaymentEventsListener {

    static final String CONSUMER = "queue-service.payment-events";

    private final Inbox inbox;
    private final UseQueueToken useQueueToken;
    private final RevertQueueToken revertQueueToken;

    PaymentEventsListener(Inbox inbox, UseQueueToken useQueueToken, RevertQueueToken revertQueueToken) {
        this.inbox = inbox;
        this.useQueueToken = useQueueToken;
        this.revertQueueToken = revertQueueToken;
    }

    @KafkaListener(id = "queue-payment-events", idIsGroup = false, topics = Topics.PAYMENT_EVENTS)
    void on(EventEnvelope<PaymentEvent> envelope) {
        if (envelope.data() instanceof PaymentRequested requested) {
            inbox.once(CONSUMER, envelope, () -> useQueueToken.use(requested.paymentId(), requested.userId(), requested.queueToken()));
        } else if (envelope.data() instanceof PaymentCancelled cancelled) {
            inbox.once(CONSUMER, envelope, () -> revertQueueToken.revert(cancelled.paymentId()));
        }
    }
}
