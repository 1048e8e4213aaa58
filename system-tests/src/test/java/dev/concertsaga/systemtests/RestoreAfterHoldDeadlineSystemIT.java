package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.concertsaga.events.Topics;

/** Rule 4: a restore never extends a hold. If the original deadline has passed, the reservation expires instead. */
class RestoreAfterHoldDeadlineSystemIT extends SagaScenario {

    @Test
    void expires_the_reservation_and_releases_the_seat_when_the_payment_is_cancelled_after_the_hold_deadline() {
        Customer ivan = Customer.register(system, "Ivan", 200_000);
        Customer.Token token = ivan.takeActiveToken();
        Customer.Reservation seat = ivan.reserve(token, 50_000);

        system.user.pauseConsumption(Topics.RESERVATION_EVENTS);
        UUID paymentId;
        try {
            paymentId = ivan.requestPayment(seat, token);
            await().until(() -> ivan.reservation(seat.id()).get("status").asString().equals("CONFIRMED"));

            system.clock.advance(SagaSystem.HOLD_TTL.plusMinutes(1));

            FailedStepSystemIT.assertCancelled(ivan.awaitOutcome(paymentId), "DEADLINE", "TIMEOUT");
            await().until(() -> ivan.reservation(seat.id()).get("status").asString().equals("EXPIRED"));
        } finally {
            system.user.resumeConsumption(Topics.RESERVATION_EVENTS);
        }
        system.awaitQuiet();

        assertThat(system.count("concert-service", "SELECT count(*) FROM seat WHERE id = " + seat.seatId() + " AND status = 'AVAILABLE'")).isEqualTo(1);
        assertThat(ivan.balance()).isEqualTo(200_000);
        assertThat(ivan.token(token.value()).get("status").asString()).as("the token's own deadline has not passed").isEqualTo("ACTIVE");
    }
}
