package dev.concertsaga.queue.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentEvent;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.EventConsumer;
import dev.concertsaga.messaging.EventConsumers;
import dev.concertsaga.messaging.EventHandlers;
import dev.concertsaga.queue.application.RevertQueueToken;
import dev.concertsaga.queue.application.UseQueueToken;

/** The payment saga's requests to queue-service: use the payer's token, or revert it when the payment is cancelled. */
@Component
class PaymentEventsListener {

    private final EventConsumer<PaymentEvent> events;

    PaymentEventsListener(EventConsumers consumers, UseQueueToken useQueueToken, RevertQueueToken revertQueueToken) {
        this.events = consumers.of(Topics.PAYMENT_EVENTS, EventHandlers.of(PaymentEvent.class)
                .on(PaymentRequested.class, UseQueueToken.class, (envelope, requested) -> useQueueToken.use(requested))
                .on(PaymentCancelled.class, RevertQueueToken.class, (envelope, cancelled) -> revertQueueToken.revert(cancelled))
                // The token was used up when the payment was requested; its completion changes nothing here.
                .ignore(PaymentCompleted.class));
    }

    @KafkaListener(id = Topics.PAYMENT_EVENTS, idIsGroup = false, topics = Topics.PAYMENT_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<PaymentEvent>>> records) {
        events.accept(records);
    }
}
