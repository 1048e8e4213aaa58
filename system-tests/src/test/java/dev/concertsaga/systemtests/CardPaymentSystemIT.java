package dev.concertsaga.systemtests;

import static dev.concertsaga.systemtests.FailedStepSystemIT.assertActiveAsBefore;
import static dev.concertsaga.systemtests.FailedStepSystemIT.assertCancelled;
import static dev.concertsaga.systemtests.FailedStepSystemIT.assertHeldAsBefore;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Paying by card, all four services and the card provider together: a charged card completes the payment and moves
 * no points; a declined card cancels it at step CARD and every other service is back where it was. The consistency
 * check after each scenario reads the provider's ledger too (one charge for a completed payment, nothing kept for a
 * cancelled one).
 */
class CardPaymentSystemIT extends SagaScenario {

    @Test
    void completes_a_card_payment_sells_the_seat_and_moves_no_points() {
        Customer hana = Customer.register(system, "Hana", 0);
        Customer.Token token = hana.takeActiveToken();
        Customer.Reservation seat = hana.reserve(token, 120_000);

        JsonNode paid = hana.payByCard(seat, token, "tok_ok").body();

        assertThat(paid.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(paid.get("amount").asLong()).isEqualTo(120_000);
        assertThat(hana.reservation(seat.id()).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(hana.balance()).isZero();
    }

    @Test
    void completes_a_card_payment_whose_charge_was_answered_after_payment_service_gave_up() {
        Customer ivan = Customer.register(system, "Ivan", 0);
        Customer.Token token = ivan.takeActiveToken();
        Customer.Reservation seat = ivan.reserve(token, 50_000);

        JsonNode paid = ivan.payByCard(seat, token, "tok_timeout").body();

        assertThat(paid.get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void cancels_a_declined_card_payment_at_step_card_and_restores_the_seat_and_the_token() {
        Customer jade = Customer.register(system, "Jade", 30_000);
        Customer.Token token = jade.takeActiveToken();
        Customer.Reservation seat = jade.reserve(token, 80_000);

        JsonNode declined = jade.payByCard(seat, token, "tok_declined").body();

        assertCancelled(declined, "CARD", "CARD_DECLINED");
        system.awaitQuiet();
        assertHeldAsBefore(jade, seat);
        assertActiveAsBefore(jade, token);
        assertThat(jade.balance()).isEqualTo(30_000);
    }
}
