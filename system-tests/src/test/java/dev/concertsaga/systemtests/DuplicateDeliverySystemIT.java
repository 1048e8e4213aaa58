package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

/** Rule 2: Kafka delivers at least once. With every saga event delivered twice, every effect still happens once. */
class DuplicateDeliverySystemIT extends SagaScenario {

    @Test
    void applies_every_effect_once_when_every_saga_event_is_delivered_twice() throws Exception {
        Customer liam = Customer.register(system, "Liam", 200_000);
        Customer mia = Customer.register(system, "Mia", 10_000);
        UUID paid;
        UUID refused;
        try (TopicReader everything = TopicReader.fromNow(Topics.ALL.toArray(String[]::new)); Echo echo = Echo.start()) {
            Customer.Token liamsToken = liam.takeActiveToken();
            paid = paymentId(liam.pay(liam.reserve(liamsToken, 80_000), liamsToken));
            Customer.Token miasToken = mia.takeActiveToken();
            refused = paymentId(mia.pay(mia.reserve(miasToken, 50_000), miasToken));
            system.awaitQuiet();

            List<EventEnvelope<Event>> paidEvents = everything.awaitEvents(sagaOf(paid), 10);
            List<EventEnvelope<Event>> refusedEvents = everything.awaitEvents(sagaOf(refused), 14);

            assertThat(echo.echoed()).as("records delivered twice").isGreaterThanOrEqualTo(12);
            assertThat(types(paidEvents)).as("one answer per step, each delivered twice").containsExactlyInAnyOrder(
                    "PaymentRequested", "ReservationConfirmed", "QueueTokenExpired", "PointsDeducted", "PaymentCompleted");
            assertThat(paidEvents).hasSize(10);
            assertThat(types(refusedEvents)).containsExactlyInAnyOrder("PaymentRequested", "ReservationConfirmed",
                    "QueueTokenExpired", "PointsDeductionFailed", "PaymentCancelled", "ReservationRestored", "QueueTokenRestored");
            assertThat(refusedEvents).hasSize(14);
        }
        assertThat(liam.payment(paid).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(liam.balance()).isEqualTo(120_000);
        assertThat(mia.payment(refused).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(mia.balance()).isEqualTo(10_000);
        JsonNode timeline = Http.get(system.payment.baseUrl() + "/api/v1/payments/" + paid + "/timeline").body();
        assertThat(timeline.findValuesAsString("eventId")).as("the timeline records each event once").doesNotHaveDuplicates().hasSize(5);
    }

    private static UUID paymentId(Http.Response payment) {
        return UUID.fromString(payment.body().get("paymentId").asString());
    }

    private static Predicate<EventEnvelope<Event>> sagaOf(UUID paymentId) {
        return event -> paymentId.equals(event.sagaId());
    }

    /** The distinct events' types: one per event, however often it was delivered. */
    private static List<String> types(List<EventEnvelope<Event>> events) {
        return events.stream().distinct().map(EventEnvelope::type).toList();
    }
}
