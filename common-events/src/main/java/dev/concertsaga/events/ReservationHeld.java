package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.notNegative;
import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.time.Instant;
import java.util.UUID;

/** A seat is held for a user until {@code heldUntil}. */
public record ReservationHeld(UUID reservationId, long userId, long scheduleId, long seatId, long price, Instant heldUntil)
        implements ReservationEvent {

    public ReservationHeld {
        required(reservationId, "reservationId");
        positive(userId, "userId");
        positive(scheduleId, "scheduleId");
        positive(seatId, "seatId");
        notNegative(price, "price");
        required(heldUntil, "heldUntil");
    }
}
