package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** A hold ran out before it was paid: the seat is available again. */
public record ReservationExpired(UUID reservationId, long userId, long seatId) implements ReservationEvent {

    public ReservationExpired {
        required(reservationId, "reservationId");
        positive(userId, "userId");
        positive(seatId, "seatId");
    }
}
