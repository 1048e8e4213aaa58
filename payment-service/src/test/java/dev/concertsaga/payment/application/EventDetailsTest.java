package dev.concertsaga.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationExpired;
import dev.concertsaga.events.ReservationHeld;
import dev.concertsaga.events.ReservationRestored;
import dev.concertsaga.events.RestoredReservationStatus;
import dev.concertsaga.events.RestoredTokenStatus;
import dev.concertsaga.events.TokenExpiryReason;

/** Loading EventDetails builds its cases, so every test here fails while an event type has neither a detail nor an ignore. */
class EventDetailsTest {

    static final UUID PAYMENT = UUID.fromString("0193a5c1-0000-7000-8000-00000000000a");
    static final UUID RESERVATION = UUID.fromString("0193a5c0-0000-7000-8000-00000000000b");
    static final UUID TOKEN = UUID.fromString("0193a5bf-0000-7000-8000-00000000000c");
    static final Instant LATER = Instant.parse("2026-11-21T10:20:30.123Z");

    @Test
    void describes_each_step_of_a_payment_in_one_line() {
        assertThat(EventDetails.describe(new PaymentRequested(PAYMENT, RESERVATION, 7, TOKEN, PaymentMethod.POINTS)))
                .isEqualTo("reservation " + RESERVATION + ", user 7, token " + TOKEN);
        assertThat(EventDetails.describe(new PaymentRequested(PAYMENT, RESERVATION, 7, TOKEN, PaymentMethod.CARD)))
                .isEqualTo("reservation " + RESERVATION + ", user 7, token " + TOKEN + ", by card");
        assertThat(EventDetails.describe(new PaymentCompleted(PAYMENT, RESERVATION, 7, 80000, LATER))).isEqualTo("amount 80000");
        assertThat(EventDetails.describe(new PaymentCancelled(PAYMENT, RESERVATION, 7, FailureReason.INSUFFICIENT_POINTS, FailedStep.POINTS)))
                .isEqualTo("reason INSUFFICIENT_POINTS, failed step POINTS");
    }

    @Test
    void describes_each_answer_of_the_other_services_in_one_line() {
        assertThat(EventDetails.describe(new ReservationConfirmed(RESERVATION, PAYMENT, 7, 42, 80000, PaymentMethod.POINTS)))
                .isEqualTo("amount 80000, seat 42");
        assertThat(EventDetails.describe(new ReservationConfirmationFailed(RESERVATION, PAYMENT, 7, FailureReason.RESERVATION_EXPIRED)))
                .isEqualTo("reason RESERVATION_EXPIRED");
        assertThat(EventDetails.describe(new ReservationRestored(RESERVATION, PAYMENT, RestoredReservationStatus.HELD, LATER)))
                .isEqualTo("reservation HELD, held until " + LATER);
        assertThat(EventDetails.describe(new QueueTokenExpired(TOKEN, 7, TokenExpiryReason.PAYMENT, PAYMENT))).isEqualTo("token " + TOKEN);
        assertThat(EventDetails.describe(new QueueTokenExpiryFailed(TOKEN, 7, PAYMENT, FailureReason.TOKEN_NOT_ACTIVE)))
                .isEqualTo("reason TOKEN_NOT_ACTIVE, token " + TOKEN);
        assertThat(EventDetails.describe(new QueueTokenRestored(TOKEN, 7, PAYMENT, RestoredTokenStatus.ACTIVE, LATER)))
                .isEqualTo("token ACTIVE, active until " + LATER);
        assertThat(EventDetails.describe(new PointsDeducted(7, PAYMENT, 80000, 70000))).isEqualTo("amount 80000, balance 70000");
        assertThat(EventDetails.describe(new PointsDeductionFailed(7, PAYMENT, FailureReason.INSUFFICIENT_POINTS)))
                .isEqualTo("reason INSUFFICIENT_POINTS");
        assertThat(EventDetails.describe(new PointsRefunded(7, PAYMENT, 80000, 150000))).isEqualTo("amount 80000, balance 150000");
    }

    @Test
    void has_nothing_to_add_for_the_events_outside_a_saga() {
        assertThat(EventDetails.describe(new PointsCharged(7, 100000, 150000))).isNull();
        assertThat(EventDetails.describe(new QueueTokenActivated(TOKEN, 7, LATER))).isNull();
        assertThat(EventDetails.describe(new ReservationHeld(RESERVATION, 7, 3, 42, 80000, LATER))).isNull();
        assertThat(EventDetails.describe(new ReservationExpired(RESERVATION, 7, 42))).isNull();
    }
}
