package dev.concertsaga.testsupport;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The broker side of fast consumer recovery, as the local stack and compose set it: a group whose members all restarted
 * forms again at once, not after Kafka's default 3 s wait for more members. (The consumers' side, a 6 s session, is
 * common-messaging's.)
 */
public final class ConsumerGroupSettings {

    /** Broker properties. */
    public static final Map<String, String> BROKER = Map.of("group.initial.rebalance.delay.ms", "0");

    private ConsumerGroupSettings() {
    }

    /** The same, as the apache/kafka image reads them: {@code KAFKA_GROUP_CONSUMER_SESSION_TIMEOUT_MS} … */
    static Map<String, String> brokerEnvironment() {
        return BROKER.entrySet().stream().collect(Collectors.toMap(
                e -> "KAFKA_" + e.getKey().toUpperCase(Locale.ROOT).replace('.', '_'), Map.Entry::getValue));
    }
}
