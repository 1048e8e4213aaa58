package dev.concertsaga.testsupport;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The broker side of fast consumer recovery, as the local stack, compose and the manifests set it: the consumer group
 * protocol (KIP-848) with a 6 s session, so a member that died is fenced and its partitions move within seconds.
 */
public final class ConsumerGroupSettings {

    /** Broker properties. */
    public static final Map<String, String> BROKER = Map.of(
            "group.consumer.session.timeout.ms", "6000",
            "group.consumer.min.session.timeout.ms", "6000",
            "group.consumer.heartbeat.interval.ms", "1000",
            "group.consumer.min.heartbeat.interval.ms", "1000");

    private ConsumerGroupSettings() {
    }

    /** The same, as the apache/kafka image reads them: {@code KAFKA_GROUP_CONSUMER_SESSION_TIMEOUT_MS} … */
    static Map<String, String> brokerEnvironment() {
        return BROKER.entrySet().stream().collect(Collectors.toMap(
                e -> "KAFKA_" + e.getKey().toUpperCase(Locale.ROOT).replace('.', '_'), Map.Entry::getValue));
    }
}
