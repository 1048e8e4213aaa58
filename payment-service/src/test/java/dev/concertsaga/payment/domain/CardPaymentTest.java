package dev.concertsaga.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CardPaymentTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123Z");

    private final Payment card = Payment.request(UUID.randomUUID(),
            new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key", PaymentMethod.CARD, "tok_ok"), NOW);

    @Test
    void completes_a_card_payment_on_the_card_charge_not_on_points() {
        card.reservationConfirmed(80_000, NOW);
        card.queueTokenExpired(NOW);

        assertThat(card.pointsDeducted(NOW)).isEqualTo(Transition.STEP_RECORDED);
        assertThat(card.cardCharged(NOW)).isEqualTo(Transition.COMPLETED);
        assertThat(card.state().amount()).isEqualTo(80_000);
    }

    @Test
    void does_not_complete_a_points_payment_on_a_card_charge() {
        Payment points = Payment.request(UUID.randomUUID(), new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key"), NOW);
        points.reservationConfirmed(80_000, NOW);
        points.queueTokenExpired(NOW);

        assertThat(points.cardCharged(NOW)).isEqualTo(Transition.STEP_RECORDED);
        assertThat(points.pointsDeducted(NOW)).isEqualTo(Transition.COMPLETED);
    }

    @Test
    void keeps_a_declined_card_payment_cancelled_when_the_charge_is_late() {
        card.cancel(FailedStep.CARD, CancellationReason.CARD_DECLINED, NOW);

        assertThat(card.cardCharged(NOW)).isEqualTo(Transition.LATE);
        assertThat(card.state().failedStep()).isEqualTo(FailedStep.CARD);
    }

    @Test
    void asks_for_a_card_token_exactly_with_method_card() {
        assertThatThrownBy(() -> new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key", PaymentMethod.CARD, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key", PaymentMethod.POINTS, "tok_ok"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key", PaymentMethod.CARD, "tok ok"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tells_a_retry_with_another_card_from_the_same_request() {
        PaymentRequest asked = card.request();

        assertThat(card.isRequestedBy(new PaymentRequest(asked.reservationId(), 7, UUID.randomUUID(), "key", PaymentMethod.CARD, "tok_ok"))).isTrue();
        assertThat(card.isRequestedBy(new PaymentRequest(asked.reservationId(), 7, UUID.randomUUID(), "key", PaymentMethod.CARD, "tok_declined"))).isFalse();
        assertThat(card.isRequestedBy(new PaymentRequest(asked.reservationId(), 7, UUID.randomUUID(), "key"))).isFalse();
    }

    @Test
    void derives_one_charge_key_and_one_refund_key_from_the_payment() {
        UUID payment = card.id();

        assertThat(CardCharge.attempt(payment, 80_000, "tok_ok").idempotencyKey()).isEqualTo("charge-" + payment)
                .isEqualTo(CardCharge.keyFor(payment));
        assertThat(CardCharge.refundKeyFor(payment)).isEqualTo("refund-" + payment);
        assertThat(CardCharge.attempt(payment, 80_000, "tok_ok").mayHaveReachedTheProvider()).isFalse();
    }

    @Test
    void refunds_only_a_succeeded_charge_in_full() {
        CardCharge charged = new CardCharge(card.id(), "charge-" + card.id(), 80_000, "tok_ok", CardChargeStatus.SUCCEEDED, "ch_1", 1);

        assertThat(CardRefund.of(charged)).isEqualTo(new CardRefund(card.id(), "refund-" + card.id(), "ch_1", 80_000));
        assertThatThrownBy(() -> CardRefund.of(new CardCharge(card.id(), "k", 80_000, "tok_ok", CardChargeStatus.DECLINED, "ch_2", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
