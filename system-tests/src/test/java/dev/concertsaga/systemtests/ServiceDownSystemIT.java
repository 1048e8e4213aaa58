package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Rule 6: a service down past the saga deadline. The payment is cancelled with TIMEOUT and compensated; when the
 * service comes back it works through what it missed, and those late events change nothing for good.
 */
class ServiceDownSystemIT extends SagaScenario {

    @Test
    void cancels_at_the_deadline_while_user_service_is_down_and_keeps_no_points_when_it_returns() {
        Customer judy = Customer.register(system, "Judy", 200_000);
        Customer.Token token = judy.takeActiveToken();
        Customer.Reservation seat = judy.reserve(token, 80_000);

        system.user.stop();
        try {
            UUID paymentId = judy.requestPayment(seat, token);
            await().until(() -> judy.reservation(seat.id()).get("status").asString().equals("CONFIRMED"));
            system.clock.advance(SagaSystem.SAGA_TIMEOUT.plusSeconds(1));

            FailedStepSystemIT.assertCancelled(judy.awaitOutcome(paymentId), "DEADLINE", "TIMEOUT");
            await().until(() -> judy.reservation(seat.id()).get("status").asString().equals("HELD"));
        } finally {
            system.user.start();
        }
        system.awaitQuiet();

        assertThat(judy.balance()).isEqualTo(200_000);
        FailedStepSystemIT.assertHeldAsBefore(judy, seat);
        FailedStepSystemIT.assertActiveAsBefore(judy, token);
    }

    @Test
    void cancels_at_the_deadline_while_concert_service_is_down_and_undoes_its_late_confirmation_when_it_returns() {
        Customer karl = Customer.register(system, "Karl", 200_000);
        Customer.Token token = karl.takeActiveToken();
        Customer.Reservation seat = karl.reserve(token, 80_000);

        system.concert.stop();
        UUID paymentId;
        try {
            paymentId = karl.requestPayment(seat, token);
            system.clock.advance(SagaSystem.SAGA_TIMEOUT.plusSeconds(1));

            FailedStepSystemIT.assertCancelled(karl.awaitOutcome(paymentId), "DEADLINE", "TIMEOUT");
        } finally {
            system.concert.start();
        }
        system.awaitQuiet();

        JsonNode timeline = Http.get(system.payment.baseUrl() + "/api/v1/payments/" + paymentId + "/timeline").body();
        assertThat(timeline.findValuesAsString("type")).as("the late confirmation and its undoing are on the timeline")
                .contains("PaymentCancelled", "ReservationConfirmed", "ReservationRestored");
        assertThat(karl.payment(paymentId).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(karl.balance()).isEqualTo(200_000);
        FailedStepSystemIT.assertHeldAsBefore(karl, seat);
        FailedStepSystemIT.assertActiveAsBefore(karl, token);
    }
}
