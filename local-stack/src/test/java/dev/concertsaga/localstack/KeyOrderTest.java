package dev.concertsaga.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.concertsaga.events.Topics;

/** The scale-out run's per-key order check, on records as a topic would hold them. */
class KeyOrderTest {

    private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();

    @Test
    void finds_nothing_when_every_payment_is_requested_before_it_is_decided_once() {
        String first = add("p1", "PaymentRequested");
        add("p2", "PaymentRequested");
        add("p1", "PaymentCompleted");
        addAgain("p1", first, "PaymentRequested");
        add("p2", "PaymentCancelled");

        assertThat(KeyOrder.violations(Topics.PAYMENT_EVENTS, records)).isEmpty();
    }

    @Test
    void finds_a_payment_decided_before_it_was_requested() {
        add("p1", "PaymentCompleted");
        add("p1", "PaymentRequested");

        assertThat(KeyOrder.violations(Topics.PAYMENT_EVENTS, records)).singleElement().asString()
                .contains("p1 begins with PaymentCompleted, not PaymentRequested");
    }

    @Test
    void finds_a_payment_decided_twice() {
        add("p1", "PaymentRequested");
        add("p1", "PaymentCancelled");
        add("p1", "PaymentCompleted");

        assertThat(KeyOrder.violations(Topics.PAYMENT_EVENTS, records)).singleElement().asString().contains("p1 was decided twice");
    }

    @Test
    void finds_a_reservation_whose_first_event_is_not_its_hold() {
        add("r1", "ReservationConfirmed");

        assertThat(KeyOrder.violations(Topics.RESERVATION_EVENTS, records)).hasSize(1);
    }

    private String add(String key, String type) {
        String eventId = UUID.randomUUID().toString();
        addAgain(key, eventId, type);
        return eventId;
    }

    /** A record of an event id that may have been seen before: a redelivery. */
    private void addAgain(String key, String eventId, String type) {
        byte[] value = ("{\"eventId\":\"" + eventId + "\",\"type\":\"" + type + "\"}").getBytes(StandardCharsets.UTF_8);
        records.add(new ConsumerRecord<>("topic", 0, records.size(), key.getBytes(StandardCharsets.UTF_8), value));
    }
}
