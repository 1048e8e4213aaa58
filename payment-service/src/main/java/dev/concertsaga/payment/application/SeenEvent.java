package dev.concertsaga.payment.application;

import java.time.Instant;
import java.util.UUID;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.payment.domain.PaymentStatus;

/**
 * A saga event as a payment's timeline records it, whether payment-service consumed it or published it.
 *
 * @param paymentId the saga the event belongs to
 * @param detail    a short human-readable summary, or null
 */
public record SeenEvent(UUID paymentId, UUID eventId, String type, Instant occurredAt, String detail) {

    /** The event of a saga envelope; its sagaId is the paymentId. */
    public static SeenEvent of(EventEnvelope<?> envelope) {
        return new SeenEvent(envelope.sagaId(), envelope.eventId(), envelope.type(), envelope.occurredAt(),
                EventDetails.describe(envelope.data()));
    }

    /** The same event, marked as having arrived after the payment was decided, which it therefore did not change. */
    SeenEvent late(PaymentStatus decided) {
        String late = "arrived after the payment was " + decided + ", changed nothing";
        return new SeenEvent(paymentId, eventId, type, occurredAt, detail == null ? late : detail + "; " + late);
    }
}
