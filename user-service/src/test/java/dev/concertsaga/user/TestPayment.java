package dev.concertsaga.user;

import java.util.UUID;

import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.Uuids;

/** A payment of a seat, and the events the other services send user-service about it. */
public record TestPayment(UUID paymentId, UUID reservationId, long userId, long amount) {

    private static final long SEAT_ID = 1;

    public static TestPayment of(long userId, long amount) {
        return new TestPayment(Uuids.timeOrdered(), Uuids.timeOrdered(), userId, amount);
    }

    /** concert-service's cue: the seat is sold to this payment, for {@code amount}. */
    public ReservationConfirmed confirmed() {
        return new ReservationConfirmed(reservationId, paymentId, userId, SEAT_ID, amount);
    }

    /** The same, for a payment by card: payment-service charges it at the provider. */
    public ReservationConfirmed confirmedByCard() {
        return new ReservationConfirmed(reservationId, paymentId, userId, SEAT_ID, amount, PaymentMethod.CARD);
    }

    /** payment-service's verdict: the payment is void and every step it did is to be undone. */
    public PaymentCancelled cancelled() {
        return new PaymentCancelled(paymentId, reservationId, userId, FailureReason.TIMEOUT, FailedStep.DEADLINE);
    }
}
