package dev.concertsaga.payment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationRestored;
import dev.concertsaga.events.RestoredReservationStatus;
import dev.concertsaga.events.RestoredTokenStatus;
import dev.concertsaga.events.TokenExpiryReason;

/** The events the other services publish about a payment, filled in from what was asked for it. */
final class SagaEvents {

    static final long PRICE = 80_000;
    static final long SEAT = 12;
    static final long BALANCE_AFTER = 20_000;
    static final Instant DEADLINE = Instant.parse("2030-01-01T00:00:00Z").truncatedTo(ChronoUnit.MILLIS);

    private SagaEvents() {
    }

    static ReservationConfirmed reservationConfirmed(StartedPayment p) {
        return new ReservationConfirmed(p.reservationId(), p.paymentId(), p.userId(), SEAT, PRICE);
    }

    /** concert-service's confirmation of a card payment: the method is carried on from the request. */
    static ReservationConfirmed reservationConfirmedByCard(StartedPayment p) {
        return new ReservationConfirmed(p.reservationId(), p.paymentId(), p.userId(), SEAT, PRICE, PaymentMethod.CARD);
    }

    static QueueTokenExpired queueTokenExpired(StartedPayment p) {
        return new QueueTokenExpired(p.queueToken(), p.userId(), TokenExpiryReason.PAYMENT, p.paymentId());
    }

    static PointsDeducted pointsDeducted(StartedPayment p) {
        return new PointsDeducted(p.userId(), p.paymentId(), PRICE, BALANCE_AFTER);
    }

    static ReservationConfirmationFailed reservationConfirmationFailed(StartedPayment p, FailureReason reason) {
        return new ReservationConfirmationFailed(p.reservationId(), p.paymentId(), p.userId(), reason);
    }

    static QueueTokenExpiryFailed queueTokenExpiryFailed(StartedPayment p, FailureReason reason) {
        return new QueueTokenExpiryFailed(p.queueToken(), p.userId(), p.paymentId(), reason);
    }

    static PointsDeductionFailed pointsDeductionFailed(StartedPayment p, FailureReason reason) {
        return new PointsDeductionFailed(p.userId(), p.paymentId(), reason);
    }

    static ReservationRestored reservationRestored(StartedPayment p) {
        return new ReservationRestored(p.reservationId(), p.paymentId(), RestoredReservationStatus.HELD, DEADLINE);
    }

    static QueueTokenRestored queueTokenRestored(StartedPayment p) {
        return new QueueTokenRestored(p.queueToken(), p.userId(), p.paymentId(), RestoredTokenStatus.ACTIVE, DEADLINE);
    }

    static PointsRefunded pointsRefunded(StartedPayment p) {
        return new PointsRefunded(p.userId(), p.paymentId(), PRICE, BALANCE_AFTER + PRICE);
    }
}
