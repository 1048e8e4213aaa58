package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationExpired;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TopicReader;
import dev.concertsaga.user.TestUsers.Entry;

/** Saga step: ReservationConfirmed takes the seat's price from the user's points. */
@UserServiceIT
class DeductPointsIT {

    @Autowired
    TestUsers users;
    @Autowired
    SagaEvents saga;

    @Test
    void deducts_the_seat_price_records_a_use_and_publishes_points_deducted() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmed());

            EventEnvelope<?> deducted = pointEvents.awaitEvents(event -> payment.paymentId().equals(event.sagaId()), 1).get(0);
            assertThat(deducted.data()).isEqualTo(new PointsDeducted(userId, payment.paymentId(), 8_000, 42_000));
            assertThat(deducted.key()).isEqualTo(Long.toString(userId));
        }
        assertThat(users.ledgerOf(payment.paymentId())).containsExactly(new Entry("USE", 8_000, payment.paymentId(), 42_000));
        assertThat(users.balanceOf(userId)).isEqualTo(42_000).isEqualTo(users.ledgerSumOf(userId));
    }

    @Test
    void answers_insufficient_points_and_changes_nothing() {
        long userId = users.withPoints(7_999);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmed());

            assertThat(PointEvents.awaitOne(pointEvents, PointsDeductionFailed.class, payment.paymentId()))
                    .isEqualTo(new PointsDeductionFailed(userId, payment.paymentId(), FailureReason.INSUFFICIENT_POINTS));
        }
        assertThat(users.ledgerOf(payment.paymentId())).isEmpty();
        assertThat(users.balanceOf(userId)).isEqualTo(7_999);
    }

    @Test
    void answers_user_not_found_for_an_unknown_user() {
        TestPayment payment = TestPayment.of(Long.MAX_VALUE, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmed());

            assertThat(PointEvents.awaitOne(pointEvents, PointsDeductionFailed.class, payment.paymentId()))
                    .isEqualTo(new PointsDeductionFailed(Long.MAX_VALUE, payment.paymentId(), FailureReason.USER_NOT_FOUND));
        }
        assertThat(users.ledgerOf(payment.paymentId())).isEmpty();
    }

    @Test
    void applies_a_redelivered_confirmation_once() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            EventEnvelope<ReservationConfirmed> confirmed = saga.send(payment.confirmed());
            saga.resend(confirmed);
            saga.awaitApplied();

            assertThat(users.balanceOf(userId)).isEqualTo(42_000);
            assertThat(users.ledgerOf(payment.paymentId())).hasSize(1);
            assertThat(PointEvents.about(PointEvents.upToNow(pointEvents, users, userId), payment.paymentId()))
                    .containsExactly(new PointsDeducted(userId, payment.paymentId(), 8_000, 42_000));
        }
    }

    @Test
    void deducts_once_when_the_same_payment_is_confirmed_again_under_a_new_event_id() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmed());
            saga.send(payment.confirmed());
            saga.awaitApplied();

            assertThat(users.balanceOf(userId)).isEqualTo(42_000);
            assertThat(PointEvents.about(PointEvents.upToNow(pointEvents, users, userId), payment.paymentId()))
                    .containsExactly(new PointsDeducted(userId, payment.paymentId(), 8_000, 42_000));
        }
    }

    @Test
    void deducts_nothing_for_a_card_payment_which_the_provider_charges() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmedByCard());
            saga.awaitApplied();

            assertThat(users.balanceOf(userId)).isEqualTo(50_000);
            assertThat(users.ledgerOf(payment.paymentId())).isEmpty();
            assertThat(PointEvents.about(PointEvents.upToNow(pointEvents, users, userId), payment.paymentId())).isEmpty();
        }
    }

    @Test
    void ignores_reservation_events_that_are_not_confirmations() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(new ReservationExpired(payment.reservationId(), userId, 1));
            saga.awaitApplied();

            assertThat(users.balanceOf(userId)).isEqualTo(50_000);
            // Only the charges that gave the user their points, if the relay published them after the reader opened.
            assertThat(PointEvents.upToNow(pointEvents, users, userId)).allMatch(PointsCharged.class::isInstance);
        }
    }
}
