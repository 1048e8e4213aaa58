package dev.concertsaga.events;

import java.util.UUID;

/** Events on {@code payment-events}, keyed by paymentId: the saga's start and its outcome. */
public sealed interface PaymentEvent extends Event permits PaymentRequested, PaymentCompleted, PaymentCancelled {

    UUID paymentId();

    @Override
    default String topic() {
        return Topics.PAYMENT_EVENTS;
    }

    @Override
    default String key() {
        return paymentId().toString();
    }

    @Override
    default UUID sagaId() {
        return paymentId();
    }
}
