package dev.concertsaga.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    private static final UUID PAYMENT = UUID.randomUUID();

    @Test
    void derives_type_version_saga_topic_and_key_from_the_event() {
        PaymentCancelled cancelled = new PaymentCancelled(PAYMENT, UUID.randomUUID(), 7, FailureReason.TIMEOUT, FailedStep.DEADLINE);

        EventEnvelope<PaymentCancelled> envelope = EventEnvelope.of(cancelled, Instant.parse("2026-11-21T10:15:30.123456789Z"));

        assertThat(envelope.type()).isEqualTo("PaymentCancelled");
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.sagaId()).isEqualTo(PAYMENT);
        assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2026-11-21T10:15:30.123Z"));
        assertThat(envelope.topic()).isEqualTo(Topics.PAYMENT_EVENTS);
        assertThat(envelope.key()).isEqualTo(PAYMENT.toString());
        assertThat(envelope.eventId().version()).isEqualTo(7);
    }

    @Test
    void gives_events_outside_a_saga_no_saga_id_and_keys_them_by_their_aggregate() {
        EventEnvelope<PointsCharged> envelope = EventEnvelope.of(new PointsCharged(7, 100, 100), Instant.now());

        assertThat(envelope.sagaId()).isNull();
        assertThat(envelope.topic()).isEqualTo(Topics.POINT_EVENTS);
        assertThat(envelope.key()).isEqualTo("7");
    }

    @Test
    void refuses_a_type_that_does_not_match_the_data() {
        PointsCharged charged = new PointsCharged(7, 100, 100);

        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), "PointsRefunded", 1, Instant.now(), null, charged))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requires_a_payment_id_exactly_when_a_token_is_used_by_a_payment() {
        UUID token = UUID.randomUUID();

        assertThatThrownBy(() -> new QueueTokenExpired(token, 7, TokenExpiryReason.PAYMENT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueTokenExpired(token, 7, TokenExpiryReason.TTL, PAYMENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void names_every_topic_and_its_dead_letter_topic() {
        assertThat(Topics.ALL).containsExactly("payment-events", "reservation-events", "point-events", "queue-token-events");
        assertThat(Topics.deadLetter("payment-events")).isEqualTo("payment-events-dlt");
    }

    @Test
    void knows_all_sixteen_event_types_of_the_contract() {
        assertThat(EventTypes.all()).hasSize(16).containsKeys("PaymentRequested", "QueueTokenRestored");
    }
}
