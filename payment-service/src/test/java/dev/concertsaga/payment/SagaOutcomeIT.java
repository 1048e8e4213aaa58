package dev.concertsaga.payment;

import static dev.concertsaga.payment.PaymentApi.field;
import static dev.concertsaga.payment.SagaEvents.PRICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Topics;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.testsupport.TopicReader;

/** The saga's outcome, decided by the events the other services publish, in any order, late or twice. */
@PaymentIT
class SagaOutcomeIT {

    @Autowired
    PaymentApi api;
    @Autowired
    PaymentRows rows;
    @Autowired
    OtherServices otherServices;

    static Stream<List<Function<StartedPayment, Event>>> everyOrderOfTheThreeSuccesses() {
        Function<StartedPayment, Event> r = SagaEvents::reservationConfirmed, q = SagaEvents::queueTokenExpired, p = SagaEvents::pointsDeducted;
        return Stream.of(List.of(r, q, p), List.of(r, p, q), List.of(q, r, p), List.of(q, p, r), List.of(p, r, q), List.of(p, q, r));
    }

    @ParameterizedTest
    @MethodSource("everyOrderOfTheThreeSuccesses")
    void completes_the_payment_when_all_three_steps_succeed_in_any_order(List<Function<StartedPayment, Event>> successes) {
        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            StartedPayment payment = api.start(NewPayment.fresh());

            successes.forEach(success -> otherServices.publishAndAwait(success.apply(payment)));
            rows.awaitStatus(payment.paymentId(), PaymentStatus.COMPLETED);

            MvcTestResult shown = api.get(payment.paymentId());
            assertThat(shown).bodyJson().extractingPath("$.amount").isEqualTo((int) PRICE);
            assertThat(shown).bodyJson().extractingPath("$.failureReason").isNull();
            Instant completedAt = Instant.parse(field(shown, "$.completedAt"));
            EventEnvelope<Event> completed = outcomeOf(payment, paymentEvents);
            assertThat(completed.type()).isEqualTo("PaymentCompleted");
            assertThat(completed.data()).isEqualTo(new PaymentCompleted(payment.paymentId(), payment.reservationId(), payment.userId(), PRICE, completedAt));
        }
    }

    /** One listener reads the three topics: a poll may bring all three answers, applied in one transaction. */
    @Test
    void completes_the_payment_when_the_three_answers_come_at_once_and_records_each_under_its_topic() {
        StartedPayment payment = api.start(NewPayment.fresh());

        EventEnvelope<?> confirmed = otherServices.publish(SagaEvents.reservationConfirmed(payment));
        EventEnvelope<?> expired = otherServices.publish(SagaEvents.queueTokenExpired(payment));
        EventEnvelope<?> deducted = otherServices.publish(SagaEvents.pointsDeducted(payment));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.COMPLETED);

        assertThat(rows.timeline(payment.paymentId())).hasSize(5).startsWith("PaymentRequested").endsWith("PaymentCompleted")
                .contains("ReservationConfirmed", "QueueTokenExpired", "PointsDeducted");
        assertThat(rows.inboxConsumerOf(confirmed.eventId())).isEqualTo("payment-service." + Topics.RESERVATION_EVENTS);
        assertThat(rows.inboxConsumerOf(expired.eventId())).isEqualTo("payment-service." + Topics.QUEUE_TOKEN_EVENTS);
        assertThat(rows.inboxConsumerOf(deducted.eventId())).isEqualTo("payment-service." + Topics.POINT_EVENTS);
    }

    static Stream<Arguments> everyFailure() {
        return Stream.of(
                Arguments.of((Function<StartedPayment, Event>) p -> SagaEvents.reservationConfirmationFailed(p, FailureReason.RESERVATION_EXPIRED),
                        FailureReason.RESERVATION_EXPIRED, FailedStep.RESERVATION),
                Arguments.of((Function<StartedPayment, Event>) p -> SagaEvents.queueTokenExpiryFailed(p, FailureReason.TOKEN_NOT_ACTIVE),
                        FailureReason.TOKEN_NOT_ACTIVE, FailedStep.QUEUE_TOKEN),
                Arguments.of((Function<StartedPayment, Event>) p -> SagaEvents.pointsDeductionFailed(p, FailureReason.INSUFFICIENT_POINTS),
                        FailureReason.INSUFFICIENT_POINTS, FailedStep.POINTS));
    }

    @ParameterizedTest
    @MethodSource("everyFailure")
    void cancels_the_payment_on_the_first_failure_and_says_which_step_failed_and_why(
            Function<StartedPayment, Event> failure, FailureReason reason, FailedStep step) {
        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            StartedPayment payment = api.start(NewPayment.fresh());

            otherServices.publish(failure.apply(payment));
            rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);

            assertThat(api.get(payment.paymentId())).bodyJson().isLenientlyEqualTo("""
                    {"status":"CANCELLED","failureReason":"%s","failedStep":"%s","amount":null,"completedAt":null}
                    """.formatted(reason, step));
            EventEnvelope<Event> cancelled = outcomeOf(payment, paymentEvents);
            assertThat(cancelled.type()).isEqualTo("PaymentCancelled");
            assertThat(cancelled.data()).isEqualTo(new PaymentCancelled(payment.paymentId(), payment.reservationId(), payment.userId(), reason, step));
        }
    }

    @Test
    void cancels_the_payment_when_a_step_fails_after_the_others_succeeded() {
        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            StartedPayment payment = api.start(NewPayment.fresh());
            otherServices.publishAndAwait(SagaEvents.reservationConfirmed(payment));
            otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));

            otherServices.publish(SagaEvents.pointsDeductionFailed(payment, FailureReason.INSUFFICIENT_POINTS));
            rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);

            assertThat(api.get(payment.paymentId())).bodyJson().isLenientlyEqualTo("""
                    {"status":"CANCELLED","failureReason":"INSUFFICIENT_POINTS","failedStep":"POINTS","amount":%d,"completedAt":null}
                    """.formatted(PRICE));
            assertThat(outcomeOf(payment, paymentEvents).data())
                    .isEqualTo(new PaymentCancelled(payment.paymentId(), payment.reservationId(), payment.userId(), FailureReason.INSUFFICIENT_POINTS, FailedStep.POINTS));
        }
    }

    @Test
    void keeps_a_cancelled_payment_cancelled_when_successes_arrive_late_and_shows_them_on_the_timeline() {
        StartedPayment payment = api.start(NewPayment.fresh());
        otherServices.publish(SagaEvents.queueTokenExpiryFailed(payment, FailureReason.NOT_TOKEN_OWNER));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);

        otherServices.publishAndAwait(SagaEvents.reservationConfirmed(payment));
        otherServices.publishAndAwait(SagaEvents.pointsDeducted(payment));
        otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));

        assertThat(rows.status(payment.paymentId())).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(api.get(payment.paymentId())).bodyJson().isLenientlyEqualTo("""
                {"status":"CANCELLED","failureReason":"NOT_TOKEN_OWNER","failedStep":"QUEUE_TOKEN","amount":null}
                """);
        assertThat(rows.timeline(payment.paymentId())).containsExactly("PaymentRequested", "QueueTokenExpiryFailed", "PaymentCancelled",
                "ReservationConfirmed", "PointsDeducted", "QueueTokenExpired");
        assertThat(api.timeline(payment.paymentId())).bodyJson().extractingPath("$[3].detail").asString()
                .endsWith("arrived after the payment was CANCELLED, changed nothing");
    }

    @Test
    void applies_a_redelivered_event_once() {
        StartedPayment payment = api.start(NewPayment.fresh());
        EventEnvelope<?> confirmed = otherServices.publishAndAwait(SagaEvents.reservationConfirmed(payment));
        EventEnvelope<?> failed = otherServices.publishAndAwait(SagaEvents.pointsDeductionFailed(payment, FailureReason.USER_NOT_FOUND));

        otherServices.redeliver(confirmed);
        otherServices.redeliver(failed);
        // Each topic is read in order per key, so once these are recorded the redeliveries before them were handled.
        otherServices.publishAndAwait(SagaEvents.reservationRestored(payment));
        otherServices.publishAndAwait(SagaEvents.pointsRefunded(payment));

        assertThat(rows.timeline(payment.paymentId())).containsExactly("PaymentRequested", "ReservationConfirmed", "PointsDeductionFailed",
                "PaymentCancelled", "ReservationRestored", "PointsRefunded");
    }

    @Test
    void keeps_the_first_failure_when_a_second_step_fails_too() {
        StartedPayment payment = api.start(NewPayment.fresh());
        otherServices.publishAndAwait(SagaEvents.reservationConfirmationFailed(payment, FailureReason.RESERVATION_EXPIRED));

        otherServices.publishAndAwait(SagaEvents.queueTokenExpiryFailed(payment, FailureReason.TOKEN_NOT_ACTIVE));

        assertThat(api.get(payment.paymentId())).bodyJson().isLenientlyEqualTo("""
                {"status":"CANCELLED","failureReason":"RESERVATION_EXPIRED","failedStep":"RESERVATION"}
                """);
        assertThat(rows.timeline(payment.paymentId())).containsExactly("PaymentRequested", "ReservationConfirmationFailed", "PaymentCancelled",
                "QueueTokenExpiryFailed");
    }

    @Test
    void ignores_events_for_payments_it_does_not_know() {
        StartedPayment known = api.start(NewPayment.fresh());
        StartedPayment unknown = new StartedPayment(UUID.randomUUID(), known.request());

        otherServices.publish(SagaEvents.reservationConfirmationFailed(unknown, FailureReason.RESERVATION_NOT_HELD));
        otherServices.publishAndAwait(SagaEvents.reservationConfirmed(known));

        assertThat(rows.status(known.paymentId())).isEqualTo(PaymentStatus.PENDING);
        assertThat(api.get(unknown.paymentId()).getResponse().getStatus()).isEqualTo(404);
    }

    static Stream<Function<StartedPayment, Event>> everyEventAboutAPayment() {
        return Stream.of(SagaEvents::reservationConfirmed, SagaEvents::queueTokenExpired, SagaEvents::pointsDeducted,
                p -> SagaEvents.reservationConfirmationFailed(p, FailureReason.RESERVATION_NOT_HELD),
                p -> SagaEvents.queueTokenExpiryFailed(p, FailureReason.TOKEN_NOT_ACTIVE),
                p -> SagaEvents.pointsDeductionFailed(p, FailureReason.INSUFFICIENT_POINTS),
                SagaEvents::reservationRestored, SagaEvents::queueTokenRestored, SagaEvents::pointsRefunded);
    }

    @ParameterizedTest
    @MethodSource("everyEventAboutAPayment")
    void consumes_and_ignores_any_event_for_a_payment_it_does_not_know(Function<StartedPayment, Event> event) {
        StartedPayment unknown = new StartedPayment(UUID.randomUUID(), NewPayment.fresh());

        EventEnvelope<Event> published = otherServices.publish(event.apply(unknown));
        rows.awaitConsumed(published.eventId());

        assertThat(rows.timeline(unknown.paymentId())).isEmpty();
        assertThat(api.get(unknown.paymentId()).getResponse().getStatus()).isEqualTo(404);
    }

    /** The payment's outcome as other teams read it from payment-events, under the payment's key. */
    private static EventEnvelope<Event> outcomeOf(StartedPayment payment, TopicReader paymentEvents) {
        List<EventEnvelope<Event>> outcomes = paymentEvents.awaitEvents(
                e -> payment.paymentId().equals(e.sagaId()) && !(e.data() instanceof PaymentRequested), 1);
        assertThat(outcomes).hasSize(1);
        assertThat(paymentEvents.records(r -> payment.paymentId().toString().equals(r.key()))).hasSize(2);
        return outcomes.get(0);
    }
}
