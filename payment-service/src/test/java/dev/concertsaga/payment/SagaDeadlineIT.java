package dev.concertsaga.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.Topics;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.testsupport.TopicReader;

/** The saga's deadline: a payment PENDING for longer than saga.timeout is cancelled, TIMEOUT at DEADLINE. */
@PaymentIT
class SagaDeadlineIT {

    @Autowired
    PaymentApi api;
    @Autowired
    PaymentRows rows;
    @Autowired
    OtherServices otherServices;
    @Autowired
    MutableClock clock;
    @Value("${saga.timeout}")
    Duration timeout;

    @Test
    void cancels_a_payment_still_pending_after_the_timeout_and_only_that_one() {
        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            StartedPayment overdue = api.start(NewPayment.fresh());
            otherServices.publishAndAwait(SagaEvents.reservationConfirmed(overdue));
            clock.advance(timeout.minusSeconds(2));
            StartedPayment recent = api.start(NewPayment.fresh());

            clock.advance(Duration.ofSeconds(3));
            rows.awaitStatus(overdue.paymentId(), PaymentStatus.CANCELLED);

            assertThat(rows.status(recent.paymentId())).as("a payment inside the deadline").isEqualTo(PaymentStatus.PENDING);
            assertThat(api.get(overdue.paymentId())).bodyJson().isLenientlyEqualTo("""
                    {"status":"CANCELLED","failureReason":"TIMEOUT","failedStep":"DEADLINE","completedAt":null}
                    """);
            EventEnvelope<Event> cancelled = paymentEvents.awaitEvents(
                    e -> e.data() instanceof PaymentCancelled && overdue.paymentId().equals(e.sagaId()), 1).get(0);
            assertThat(cancelled.data()).isEqualTo(new PaymentCancelled(overdue.paymentId(), overdue.reservationId(), overdue.userId(),
                    FailureReason.TIMEOUT, FailedStep.DEADLINE));
            assertThat(rows.timeline(overdue.paymentId())).containsExactly("PaymentRequested", "ReservationConfirmed", "PaymentCancelled");
        }
    }

    @Test
    void leaves_a_late_success_after_the_deadline_to_the_compensations() {
        StartedPayment payment = api.start(NewPayment.fresh());
        clock.advance(timeout.plusSeconds(1));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);

        otherServices.publishAndAwait(SagaEvents.reservationConfirmed(payment));
        otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));
        otherServices.publishAndAwait(SagaEvents.pointsDeducted(payment));

        assertThat(api.get(payment.paymentId())).bodyJson().isLenientlyEqualTo("""
                {"status":"CANCELLED","failureReason":"TIMEOUT","failedStep":"DEADLINE","amount":null,"completedAt":null}
                """);
    }
}
