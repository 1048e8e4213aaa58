package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HappyPathSystemIT extends SagaScenario {

    @Test
    void sells_the_seat_spends_the_points_uses_the_token_and_publishes_payment_completed_as_the_contract_says() {
        Customer alice = Customer.register(system, "Alice", 200_000);
        Customer.Token token = alice.takeActiveToken();
        Customer.Reservation seat = alice.reserve(token, 80_000);

        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            Http.Response paid = alice.pay(seat, token);

            assertThat(paid.status()).isEqualTo(200);
            assertThat(paid.body().get("status").asString()).isEqualTo("COMPLETED");
            assertThat(paid.body().get("amount").asLong()).isEqualTo(80_000);
            String paymentId = paid.body().get("paymentId").asString();
            ConsumerRecord<String, byte[]> completed = paymentEvents.awaitRecords(r -> r.key().equals(paymentId)
                    && new String(r.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8).equals("PaymentCompleted"), 1).get(0);
            assertIsPaymentCompletedOfTheContract(completed, UUID.fromString(paymentId), seat, alice);
        }
        assertThat(alice.balance()).isEqualTo(120_000);
        assertThat(alice.reservation(seat.id()).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(alice.token(token.value()).get("status").asString()).isEqualTo("EXPIRED");
    }

    /** DESIGN §3, field by field, read with a plain JSON parser: what another team's consumer sees. */
    private static void assertIsPaymentCompletedOfTheContract(ConsumerRecord<String, byte[]> record, UUID paymentId,
                                                              Customer.Reservation seat, Customer alice) {
        JsonNode event = JsonMapper.builder().build().readTree(record.value());
        assertThat(event.propertyNames()).containsExactlyInAnyOrder("eventId", "type", "version", "occurredAt", "sagaId", "data");
        assertThat(UUID.fromString(event.get("eventId").asString()).version()).isEqualTo(7);
        assertThat(event.get("type").asString()).isEqualTo("PaymentCompleted");
        assertThat(event.get("version").asInt()).isEqualTo(1);
        assertThat(Instant.parse(event.get("occurredAt").asString())).isBeforeOrEqualTo(Instant.now().plusSeconds(3600));
        assertThat(event.get("sagaId").asString()).isEqualTo(paymentId.toString());
        JsonNode data = event.get("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("paymentId", "reservationId", "userId", "amount", "completedAt", "method");
        assertThat(data.get("method").asString()).isEqualTo("POINTS");
        assertThat(data.get("paymentId").asString()).isEqualTo(paymentId.toString());
        assertThat(data.get("reservationId").asString()).isEqualTo(seat.id().toString());
        assertThat(data.get("userId").isIntegralNumber()).isTrue();
        assertThat(data.get("userId").asLong()).isEqualTo(alice.userId);
        assertThat(data.get("amount").asLong()).isEqualTo(seat.price());
        assertThat(Instant.parse(data.get("completedAt").asString())).isNotNull();
    }
}
