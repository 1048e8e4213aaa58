package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.notNegative;
import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** The reservation is confirmed by a payment and its seat sold; {@code amount} is the seat's price. */
public record ReservationConfirmed(UUID reservationId, UUID paymentId, long userId, long seatId, long amount)
        implements ReservationEvent {

    public ReservationConfirmed {
        required(reservationId, "reservationId");
        required(paymentId, "paymentId");
        positive(userId, "userId");
        positive(seatId, "seatId");
        notNegative(amount, "amount");
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
