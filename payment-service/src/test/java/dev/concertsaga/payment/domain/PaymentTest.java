package dev.concertsaga.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PaymentTest {

    static final Instant CREATED = Instant.parse("2026-11-21T10:15:30.123Z");
    static final Instant LATER = CREATED.plusSeconds(2);
    static final long PRICE = 80_000;

    /** A successful saga step, as the event reporting it applies to the payment. */
    enum Success {
        RESERVATION_CONFIRMED, QUEUE_TOKEN_EXPIRED, POINTS_DEDUCTED;

        Transition applyTo(Payment payment) {
            return switch (this) {
                case RESERVATION_CONFIRMED -> payment.reservationConfirmed(PRICE, LATER);
                case QUEUE_TOKEN_EXPIRED -> payment.queueTokenExpired(LATER);
                case POINTS_DEDUCTED -> payment.pointsDeducted(LATER);
            };
        }
    }

    static Stream<List<Success>> everyOrder() {
        Success r = Success.RESERVATION_CONFIRMED, q = Success.QUEUE_TOKEN_EXPIRED, p = Success.POINTS_DEDUCTED;
        return Stream.of(List.of(r, q, p), List.of(r, p, q), List.of(q, r, p), List.of(q, p, r), List.of(p, r, q), List.of(p, q, r));
    }

    @Test
    void starts_pending_with_no_step_done_and_no_amount() {
        Payment payment = newPayment();

        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.state().progress()).isEqualTo(SagaProgress.NONE);
        assertThat(payment.state().amount()).isNull();
        assertThat(payment.createdAt()).isEqualTo(CREATED);
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void completes_when_the_third_step_succeeds_whatever_the_order(List<Success> order) {
        Payment payment = newPayment();

        assertThat(order.get(0).applyTo(payment)).isEqualTo(Transition.STEP_RECORDED);
        assertThat(order.get(1).applyTo(payment)).isEqualTo(Transition.STEP_RECORDED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(order.get(2).applyTo(payment)).isEqualTo(Transition.COMPLETED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(payment.state().amount()).isEqualTo(PRICE);
        assertThat(payment.state().completedAt()).isEqualTo(LATER);
        assertThat(payment.state().progress()).isEqualTo(new SagaProgress(true, true, true));
    }

    @Test
    void takes_the_amount_from_the_reservation_confirmation_and_keeps_it_through_later_steps() {
        Payment payment = newPayment();

        payment.reservationConfirmed(PRICE, LATER);
        payment.pointsDeducted(LATER);

        assertThat(payment.state().amount()).isEqualTo(PRICE);
    }

    @Test
    void does_not_complete_on_a_repeated_success() {
        Payment payment = newPayment();

        payment.pointsDeducted(LATER);
        payment.queueTokenExpired(LATER);

        assertThat(payment.pointsDeducted(LATER)).isEqualTo(Transition.STEP_RECORDED);
        assertThat(payment.queueTokenExpired(LATER)).isEqualTo(Transition.STEP_RECORDED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void cancels_on_a_failure_after_any_partial_success(List<Success> order) {
        for (int succeeded = 0; succeeded < 3; succeeded++) {
            Payment payment = newPayment();
            order.subList(0, succeeded).forEach(success -> success.applyTo(payment));

            assertThat(payment.cancel(FailedStep.POINTS, CancellationReason.INSUFFICIENT_POINTS, LATER)).isEqualTo(Transition.CANCELLED);

            assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
            assertThat(payment.state().failedStep()).isEqualTo(FailedStep.POINTS);
            assertThat(payment.state().cancellationReason()).isEqualTo(CancellationReason.INSUFFICIENT_POINTS);
            assertThat(payment.state().cancelledAt()).isEqualTo(LATER);
            assertThat(payment.state().completedAt()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Success.class)
    void changes_nothing_on_a_success_that_arrives_after_the_cancellation(Success late) {
        Payment payment = newPayment();
        payment.cancel(FailedStep.RESERVATION, CancellationReason.RESERVATION_EXPIRED, LATER);
        PaymentState cancelled = payment.state();

        assertThat(late.applyTo(payment)).isEqualTo(Transition.LATE);

        assertThat(payment.state()).isEqualTo(cancelled);
    }

    @Test
    void keeps_the_first_failure_when_a_second_step_fails_too() {
        Payment payment = newPayment();
        payment.cancel(FailedStep.QUEUE_TOKEN, CancellationReason.TOKEN_NOT_ACTIVE, LATER);

        assertThat(payment.cancel(FailedStep.POINTS, CancellationReason.INSUFFICIENT_POINTS, LATER.plusSeconds(1))).isEqualTo(Transition.LATE);

        assertThat(payment.state().failedStep()).isEqualTo(FailedStep.QUEUE_TOKEN);
        assertThat(payment.state().cancellationReason()).isEqualTo(CancellationReason.TOKEN_NOT_ACTIVE);
        assertThat(payment.state().cancelledAt()).isEqualTo(LATER);
    }

    @Test
    void stays_completed_when_a_failure_or_the_deadline_comes_after_completion() {
        Payment payment = newPayment();
        everyOrder().findFirst().orElseThrow().forEach(success -> success.applyTo(payment));

        assertThat(payment.cancel(FailedStep.DEADLINE, CancellationReason.TIMEOUT, LATER)).isEqualTo(Transition.LATE);

        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(payment.state().cancellationReason()).isNull();
    }

    @Test
    void recognises_a_retry_by_what_it_asks_for_not_by_its_queue_token() {
        PaymentRequest first = new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key-1");
        Payment payment = Payment.request(UUID.randomUUID(), first, CREATED);

        assertThat(payment.isRequestedBy(new PaymentRequest(first.reservationId(), 7, UUID.randomUUID(), "key-1"))).isTrue();
        assertThat(payment.isRequestedBy(new PaymentRequest(UUID.randomUUID(), 7, first.queueToken(), "key-1"))).isFalse();
        assertThat(payment.isRequestedBy(new PaymentRequest(first.reservationId(), 8, first.queueToken(), "key-1"))).isFalse();
    }

    private static Payment newPayment() {
        return Payment.request(UUID.randomUUID(), new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key-1"), CREATED);
    }
}
