package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Each step can fail; the payment is then voided and every other service is back where it was before. */
class FailedStepSystemIT extends SagaScenario {

    @Test
    void cancels_for_lack_of_points_restores_everything_and_succeeds_once_the_user_has_charged() {
        Customer bob = Customer.register(system, "Bob", 60_000);
        Customer.Token token = bob.takeActiveToken();
        Customer.Reservation seat = bob.reserve(token, 80_000);

        JsonNode failed = bob.pay(seat, token).body();

        assertCancelled(failed, "POINTS", "INSUFFICIENT_POINTS");
        system.awaitQuiet();
        assertHeldAsBefore(bob, seat);
        assertActiveAsBefore(bob, token);
        assertThat(bob.balance()).isEqualTo(60_000);

        bob.charge(30_000);
        JsonNode paid = bob.pay(seat, token).body();

        assertThat(paid.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(bob.balance()).isEqualTo(10_000);
    }

    @Test
    void cancels_a_payment_for_a_reservation_that_expired_before_the_concert_step() {
        Customer carol = Customer.register(system, "Carol", 200_000);
        Customer.Token token = carol.takeActiveToken();
        Customer.Reservation seat = carol.reserve(token, 50_000);

        system.clock.advance(SagaSystem.HOLD_TTL.plusMinutes(1));
        await().until(() -> carol.reservation(seat.id()).get("status").asString().equals("EXPIRED"));
        JsonNode failed = carol.pay(seat, token).body();

        assertCancelled(failed, "RESERVATION", "RESERVATION_EXPIRED");
        system.awaitQuiet();
        assertActiveAsBefore(carol, token);
        assertThat(carol.balance()).isEqualTo(200_000);
    }

    @Test
    void cancels_a_payment_made_with_a_token_that_is_no_longer_active() {
        Customer dave = Customer.register(system, "Dave", 200_000);
        Customer.Token used = dave.takeActiveToken();
        assertThat(dave.pay(dave.reserve(used, 50_000), used).body().get("status").asString()).isEqualTo("COMPLETED");
        Customer.Token fresh = dave.takeActiveToken();
        Customer.Reservation seat = dave.reserve(fresh, 50_000);

        JsonNode failed = dave.pay(seat, used.value(), UUID.randomUUID().toString()).body();

        assertCancelled(failed, "QUEUE_TOKEN", "TOKEN_NOT_ACTIVE");
        system.awaitQuiet();
        assertHeldAsBefore(dave, seat);
        assertActiveAsBefore(dave, fresh);
        assertThat(dave.balance()).isEqualTo(150_000);
    }

    @Test
    void cancels_a_payment_made_with_another_users_token_and_leaves_that_token_alone() {
        Customer erin = Customer.register(system, "Erin", 200_000);
        Customer frank = Customer.register(system, "Frank", 0);
        Customer.Token erinsToken = erin.takeActiveToken();
        Customer.Token franksToken = frank.takeActiveToken();
        Customer.Reservation seat = erin.reserve(erinsToken, 80_000);

        JsonNode failed = erin.pay(seat, franksToken.value(), UUID.randomUUID().toString()).body();

        assertCancelled(failed, "QUEUE_TOKEN", "NOT_TOKEN_OWNER");
        system.awaitQuiet();
        assertHeldAsBefore(erin, seat);
        assertActiveAsBefore(frank, franksToken);
        assertThat(erin.balance()).isEqualTo(200_000);
    }

    static void assertCancelled(JsonNode payment, String failedStep, String reason) {
        assertThat(payment.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(payment.get("failedStep").asString()).isEqualTo(failedStep);
        assertThat(payment.get("failureReason").asString()).isEqualTo(reason);
        assertThat(payment.get("completedAt").isNull()).isTrue();
    }

    /** Restored means the prior state: HELD again, until the very same deadline. */
    static void assertHeldAsBefore(Customer customer, Customer.Reservation seat) {
        JsonNode reservation = customer.reservation(seat.id());
        assertThat(reservation.get("status").asString()).isEqualTo("HELD");
        assertThat(Instant.parse(reservation.get("heldUntil").asString())).isEqualTo(seat.heldUntil());
    }

    static void assertActiveAsBefore(Customer customer, Customer.Token token) {
        JsonNode current = customer.token(token.value());
        assertThat(current.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(current.get("activeUntil").asString())).isEqualTo(token.activeUntil());
    }
}
