package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.notNegative;
import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/**
 * The reservation is confirmed by a payment and its seat sold; {@code amount} is the seat's price. {@code method} is
 * the payment's, copied from its request (absent is POINTS): user-service deducts points only for POINTS.
 */
public record ReservationConfirmed(UUID reservationId, UUID paymentId, long userId, long seatId, long amount,
                                   @OptionalField PaymentMethod method) implements ReservationEvent {

    public ReservationConfirmed {
        required(reservationId, "reservationId");
        required(paymentId, "paymentId");
        positive(userId, "userId");
        positive(seatId, "seatId");
        notNegative(amount, "amount");
        method = PaymentMethod.orDefault(method);
    }

    /** A confirmation for a payment with points. */
    public ReservationConfirmed(UUID reservationId, UUID paymentId, long userId, long seatId, long amount) {
        this(reservationId, paymentId, userId, seatId, amount, PaymentMethod.POINTS);
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
