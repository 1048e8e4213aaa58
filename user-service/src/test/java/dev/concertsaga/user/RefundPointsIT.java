package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.MessagingAutoConfiguration;
import dev.concertsaga.testsupport.TopicReader;
import dev.concertsaga.user.TestUsers.Entry;

/** Compensation: PaymentCancelled gives back what the payment took, and stops it from taking anything later. */
@UserServiceIT
class RefundPointsIT {

    @Autowired
    TestUsers users;
    @Autowired
    SagaEvents saga;

    @Test
    void refunds_points_when_payment_is_cancelled_after_deduction() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmed());
            PointEvents.awaitOne(pointEvents, PointsDeducted.class, payment.paymentId());
            saga.send(payment.cancelled());

            assertThat(PointEvents.awaitOne(pointEvents, PointsRefunded.class, payment.paymentId()))
                    .isEqualTo(new PointsRefunded(userId, payment.paymentId(), 8_000, 50_000));
        }
        assertThat(users.ledgerOf(payment.paymentId()))
                .containsExactly(new Entry("USE", 8_000, payment.paymentId(), 42_000), new Entry("REFUND", 8_000, payment.paymentId(), 50_000));
        assertThat(users.balanceOf(userId)).isEqualTo(50_000).isEqualTo(users.ledgerSumOf(userId));
    }

    @Test
    void never_deducts_for_a_payment_cancelled_before_its_confirmation_arrives() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.cancelled());
            saga.awaitApplied();
            saga.send(payment.confirmed());
            saga.awaitApplied();

            assertThat(users.balanceOf(userId)).isEqualTo(50_000);
            assertThat(users.ledgerOf(payment.paymentId())).isEmpty();
            assertThat(PointEvents.about(PointEvents.upToNow(pointEvents, users, userId), payment.paymentId())).isEmpty();
        }
    }

    @Test
    void gives_nothing_back_for_a_cancelled_payment_that_took_nothing() {
        long userId = users.withPoints(5_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmed());
            PointEvents.awaitOne(pointEvents, PointsDeductionFailed.class, payment.paymentId());
            saga.send(payment.cancelled());
            saga.awaitApplied();

            assertThat(users.balanceOf(userId)).isEqualTo(5_000);
            assertThat(users.ledgerOf(payment.paymentId())).isEmpty();
            assertThat(PointEvents.about(PointEvents.upToNow(pointEvents, users, userId), payment.paymentId()))
                    .containsExactly(new PointsDeductionFailed(userId, payment.paymentId(), FailureReason.INSUFFICIENT_POINTS));
        }
    }

    @Test
    void refunds_once_when_the_cancellation_is_redelivered_or_sent_again() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmed());
            PointEvents.awaitOne(pointEvents, PointsDeducted.class, payment.paymentId());
            EventEnvelope<PaymentCancelled> cancelled = saga.send(payment.cancelled());
            saga.resend(cancelled);
            saga.send(payment.cancelled());
            saga.awaitApplied();

            assertThat(users.balanceOf(userId)).isEqualTo(50_000);
            assertThat(users.ledgerOf(payment.paymentId())).extracting(Entry::type).containsExactly("USE", "REFUND");
            assertThat(PointEvents.about(PointEvents.upToNow(pointEvents, users, userId), payment.paymentId())).containsExactly(
                    new PointsDeducted(userId, payment.paymentId(), 8_000, 42_000), new PointsRefunded(userId, payment.paymentId(), 8_000, 50_000));
        }
    }

    @Test
    void ignores_payment_events_that_are_not_cancellations() {
        long userId = users.withPoints(50_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            saga.send(payment.confirmed());
            PointEvents.awaitOne(pointEvents, PointsDeducted.class, payment.paymentId());
            saga.send(new PaymentCompleted(payment.paymentId(), payment.reservationId(), userId, 8_000, Instant.now()));
            saga.awaitApplied();

            assertThat(users.balanceOf(userId)).isEqualTo(42_000);
            assertThat(users.ledgerOf(payment.paymentId())).extracting(Entry::type).containsExactly("USE");
        }
    }

    @Test
    void dead_letters_a_cancellation_that_names_another_user_than_the_one_who_paid() {
        long payer = users.withPoints(50_000);
        long someoneElse = users.withPoints(0);
        TestPayment payment = TestPayment.of(payer, 8_000);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS);
             TopicReader deadLetters = TopicReader.fromNow(Topics.deadLetter(Topics.PAYMENT_EVENTS))) {
            saga.send(payment.confirmed());
            PointEvents.awaitOne(pointEvents, PointsDeducted.class, payment.paymentId());
            EventEnvelope<PaymentCancelled> wrong = saga.send(new PaymentCancelled(payment.paymentId(), payment.reservationId(), someoneElse,
                    FailureReason.TIMEOUT, FailedStep.DEADLINE));

            assertThat(deadLetters.awaitRecords(record -> record.key().equals(wrong.key()), 1).get(0).headers()
                    .lastHeader(MessagingAutoConfiguration.DEAD_LETTER_ERROR_HEADER).value())
                    .asString(StandardCharsets.UTF_8).contains("InvalidEventException");
        }
        assertThat(users.balanceOf(payer)).isEqualTo(42_000);
        assertThat(users.balanceOf(someoneElse)).isZero();
        assertThat(users.ledgerOf(payment.paymentId())).extracting(Entry::type).containsExactly("USE");
    }
}
