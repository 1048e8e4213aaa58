package dev.concertsaga.payment;

import static dev.concertsaga.payment.PaymentApi.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.testsupport.MutableClock;

/** GET /api/v1/payments/{id}/timeline: the whole choreography of one payment, as payment-service saw it. */
@PaymentIT
class PaymentTimelineIT {

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
    void lists_every_event_of_the_saga_in_recorded_order_with_its_times_late_ones_and_compensations_included() {
        StartedPayment payment = api.start(NewPayment.fresh());
        EventEnvelope<?> confirmed = otherServices.publishAndAwait(SagaEvents.reservationConfirmed(payment));
        EventEnvelope<?> expired = otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));
        clock.advance(timeout.plusSeconds(1));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);
        EventEnvelope<?> lateDeduction = otherServices.publishAndAwait(SagaEvents.pointsDeducted(payment));
        EventEnvelope<?> restored = otherServices.publishAndAwait(SagaEvents.reservationRestored(payment));
        EventEnvelope<?> reverted = otherServices.publishAndAwait(SagaEvents.queueTokenRestored(payment));
        EventEnvelope<?> refunded = otherServices.publishAndAwait(SagaEvents.pointsRefunded(payment));

        MvcTestResult result = api.timeline(payment.paymentId());

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$[*].type").asArray().containsExactly("PaymentRequested", "ReservationConfirmed",
                "QueueTokenExpired", "PaymentCancelled", "PointsDeducted", "ReservationRestored", "QueueTokenRestored", "PointsRefunded");
        assertThat(result).bodyJson().extractingPath("$[*].detail").asArray().containsExactly(
                "reservation " + payment.reservationId() + ", user " + payment.userId() + ", token " + payment.queueToken(),
                "amount 80000, seat 12",
                "token " + payment.queueToken(),
                "reason TIMEOUT, failed step DEADLINE",
                "amount 80000, balance 20000; arrived after the payment was CANCELLED, changed nothing",
                "reservation HELD, held until " + SagaEvents.DEADLINE,
                "token ACTIVE, active until " + SagaEvents.DEADLINE,
                "amount 80000, balance 100000");
        List<Map<String, Object>> entries = field(result, "$");
        assertThat(entries).extracting(entry -> entry.get("eventId")).containsSubsequence(confirmed.eventId().toString(),
                expired.eventId().toString(), lateDeduction.eventId().toString(), restored.eventId().toString(),
                reverted.eventId().toString(), refunded.eventId().toString());
        assertThat(entries).extracting(entry -> entry.get("eventId")).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(Instant.parse((String) entries.get(1).get("occurredAt"))).isEqualTo(confirmed.occurredAt());
        assertThat(entries).extracting(entry -> Instant.parse((String) entry.get("recordedAt"))).isSorted();
        assertThat(entries).allSatisfy(entry -> assertThat(Instant.parse((String) entry.get("recordedAt")))
                .isAfterOrEqualTo(Instant.parse((String) entry.get("occurredAt"))));
    }
}
