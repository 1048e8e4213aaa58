package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** The reservation could not be confirmed for a payment (expired, not held, someone else's). */
public record ReservationConfirmationFailed(UUID reservationId, UUID paymentId, long userId, FailureReason reason)
        implements ReservationEvent {

    public ReservationConfirmationFailed {
        required(reservationId, "reservationId");
        required(paymentId, "paymentId");
        positive(userId, "userId");
        required(reason, "reason");
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
