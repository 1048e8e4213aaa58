package dev.concertsaga.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One fixed instance of every event type: the values the golden files under {@code golden/} hold. */
final class SampleEvents {

    static final UUID EVENT_ID = UUID.fromString("0193a5c2-7d1e-7b3a-9f00-000000000001");
    static final UUID PAYMENT = UUID.fromString("0193a5c1-0000-7000-8000-00000000000a");
    static final UUID RESERVATION = UUID.fromString("0193a5c0-0000-7000-8000-00000000000b");
    static final UUID TOKEN = UUID.fromString("0193a5bf-0000-7000-8000-00000000000c");
    static final Instant OCCURRED_AT = Instant.parse("2026-11-21T10:15:30.123Z");
    static final Instant LATER = Instant.parse("2026-11-21T10:20:30.123Z");

    static final Map<String, Event> BY_TYPE = Stream.<Event>of(
            new PaymentRequested(PAYMENT, RESERVATION, 7, TOKEN, PaymentMethod.CARD),
            new PaymentCompleted(PAYMENT, RESERVATION, 7, 80000, OCCURRED_AT),
            new PaymentCancelled(PAYMENT, RESERVATION, 7, FailureReason.INSUFFICIENT_POINTS, FailedStep.POINTS),
            new ReservationHeld(RESERVATION, 7, 3, 42, 80000, LATER),
            new ReservationConfirmed(RESERVATION, PAYMENT, 7, 42, 80000, PaymentMethod.CARD),
            new ReservationConfirmationFailed(RESERVATION, PAYMENT, 7, FailureReason.RESERVATION_EXPIRED),
            new ReservationRestored(RESERVATION, PAYMENT, RestoredReservationStatus.HELD, LATER),
            new ReservationExpired(RESERVATION, 7, 42),
            new PointsCharged(7, 100000, 150000),
            new PointsDeducted(7, PAYMENT, 80000, 70000),
            new PointsDeductionFailed(7, PAYMENT, FailureReason.INSUFFICIENT_POINTS),
            new PointsRefunded(7, PAYMENT, 80000, 150000),
            new QueueTokenActivated(TOKEN, 7, LATER),
            new QueueTokenExpired(TOKEN, 7, TokenExpiryReason.PAYMENT, PAYMENT),
            new QueueTokenExpiryFailed(TOKEN, 7, PAYMENT, FailureReason.TOKEN_NOT_ACTIVE),
            new QueueTokenRestored(TOKEN, 7, PAYMENT, RestoredTokenStatus.ACTIVE, LATER))
            .collect(Collectors.toMap(e -> e.getClass().getSimpleName(), Function.identity()));

    private SampleEvents() {
    }

    static EventEnvelope<Event> envelope(String type) {
        Event data = BY_TYPE.get(type);
        return new EventEnvelope<>(EVENT_ID, type, 1, OCCURRED_AT, data.sagaId(), data);
    }
}
