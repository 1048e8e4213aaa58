package dev.concertsaga.consistency;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.MalformedEventException;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.Topics;

/** Reads {@code payment-events} from the beginning for the outcomes it announces; unreadable records are skipped. */
final class PublicTopicReader {

    private static final EventJson JSON = new EventJson();

    private PublicTopicReader() {
    }

    static PublishedOutcomes read(String bootstrapServers) {
        if (bootstrapServers == null) {
            return PublishedOutcomes.NOT_READ;
        }
        Map<UUID, Set<String>> outcomes = new HashMap<>();
        boolean complete = TopicScan.read(bootstrapServers, Topics.PAYMENT_EVENTS, record -> {
            if (record.value() != null) {
                outcomeOf(record.value(), outcomes);
            }
        });
        return new PublishedOutcomes(outcomes, complete);
    }

    private static void outcomeOf(byte[] value, Map<UUID, Set<String>> outcomes) {
        EventEnvelope<Event> envelope;
        try {
            envelope = JSON.read(value);
        } catch (MalformedEventException | IllegalArgumentException badInput) {
            return;
        }
        if (envelope.data() instanceof PaymentCompleted completed) {
            outcomes.computeIfAbsent(completed.paymentId(), id -> new HashSet<>()).add("COMPLETED");
        } else if (envelope.data() instanceof PaymentCancelled cancelled) {
            outcomes.computeIfAbsent(cancelled.paymentId(), id -> new HashSet<>()).add("CANCELLED");
        }
    }
}
