package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * Rule 3, made to happen: PaymentCancelled (payment-events) reaches user-service before the ReservationConfirmed
 * (reservation-events) that would make it deduct, because user-service is held back from reading reservation-events.
 */
class CancellationOvertakesStepSystemIT extends SagaScenario {

    @Test
    void never_deducts_for_a_payment_user_service_already_knows_is_cancelled() {
        Customer grace = Customer.register(system, "Grace", 200_000);
        Customer heidi = Customer.register(system, "Heidi", 0);
        Customer.Token gracesToken = grace.takeActiveToken();
        Customer.Token heidisToken = heidi.takeActiveToken();
        Customer.Reservation seat = grace.reserve(gracesToken, 80_000);

        system.user.pauseConsumption(Topics.RESERVATION_EVENTS);
        try (TopicReader reservationEvents = TopicReader.fromNow(Topics.RESERVATION_EVENTS)) {
            // The concert step succeeds, the queue step fails (another user's token): the payment is cancelled.
            JsonNode payment = grace.pay(seat, heidisToken.value(), UUID.randomUUID().toString()).body();
            UUID paymentId = UUID.fromString(payment.get("paymentId").asString());
            FailedStepSystemIT.assertCancelled(payment, "QUEUE_TOKEN", "NOT_TOKEN_OWNER");
            reservationEvents.awaitEvents(e -> e.data() instanceof ReservationConfirmed confirmed && confirmed.paymentId().equals(paymentId), 1);
            await().until(() -> system.count("user-service", "SELECT count(*) FROM messaging.cancelled_payment WHERE payment_id = '" + paymentId + "'") == 1);
        } finally {
            system.user.resumeConsumption(Topics.RESERVATION_EVENTS);
        }
        system.awaitQuiet();

        assertThat(system.count("user-service", "SELECT count(*) FROM point_ledger WHERE user_id = " + grace.userId + " AND type <> 'CHARGE'"))
                .as("ledger entries other than the charge").isZero();
        assertThat(grace.balance()).isEqualTo(200_000);
        FailedStepSystemIT.assertHeldAsBefore(grace, seat);
        FailedStepSystemIT.assertActiveAsBefore(grace, gracesToken);
    }
}
