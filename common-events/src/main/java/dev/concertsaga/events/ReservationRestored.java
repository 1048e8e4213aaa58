package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.required;

import java.time.Instant;
import java.util.UUID;

/** Compensation: a cancelled payment's confirmation is undone; held again until the original deadline, or expired. */
public record ReservationRestored(UUID reservationId, UUID paymentId, RestoredReservationStatus status, Instant heldUntil)
        implements ReservationEvent {

    public ReservationRestored {
        required(reservationId, "reservationId");
        required(paymentId, "paymentId");
        required(status, "status");
        required(heldUntil, "heldUntil");
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
