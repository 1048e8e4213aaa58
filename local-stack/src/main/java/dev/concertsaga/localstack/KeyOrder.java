package dev.concertsaga.localstack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.concertsaga.events.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-key order as the topics hold it, however many relays published: each aggregate's first event is the one that
 * begins it, and a payment is decided at most once, after it was requested. A repeated event id (at-least-once
 * delivery) counts where it first appeared.
 */
final class KeyOrder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> FIRST = Map.of(
            Topics.PAYMENT_EVENTS, "PaymentRequested", Topics.RESERVATION_EVENTS, "ReservationHeld", Topics.QUEUE_TOKEN_EVENTS, "QueueTokenActivated");
    private static final Set<String> DECISIONS = Set.of("PaymentCompleted", "PaymentCancelled");

    private KeyOrder() {
    }

    /** What is out of order, one line each; empty when every key's events are in order. Also counts the keys read. */
    static List<String> violations(ChaosTopics topics, long[] keysRead) {
        List<String> violations = new ArrayList<>();
        for (String topic : FIRST.keySet()) {
            List<ConsumerRecord<byte[], byte[]>> records = topics.read(topic);
            keysRead[0] += typesByKey(records).size();
            violations.addAll(violations(topic, records));
        }
        return violations;
    }

    /** The violations among one topic's records, in the order the topic holds them. */
    static List<String> violations(String topic, List<ConsumerRecord<byte[], byte[]>> records) {
        List<String> violations = new ArrayList<>();
        String first = FIRST.get(topic);
        typesByKey(records).forEach((key, types) -> {
            if (!types.get(0).equals(first)) {
                violations.add(topic + " key " + key + " begins with " + types.get(0) + ", not " + first + ": " + types);
            }
            if (types.stream().filter(DECISIONS::contains).count() > 1) {
                violations.add(topic + " key " + key + " was decided twice: " + types);
            }
        });
        return violations;
    }

    private static Map<String, List<String>> typesByKey(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, List<String>> byKey = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.key() == null || record.value() == null) {
                continue;
            }
            JsonNode event = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
            if (seen.add(event.path("eventId").asString(""))) {
                byKey.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8), k -> new ArrayList<>()).add(event.path("type").asString(""));
            }
        }
        return byKey;
    }
}
