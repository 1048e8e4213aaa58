package dev.concertsaga.queue.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the waiting queue, under {@code queue.*}.
 *
 * @param maxActive         the most tokens that are active at once
 * @param activeTtl         how long an admitted token stays active
 * @param admissionInterval the pause between admission rounds
 * @param expiryInterval    the pause between rounds that expire overdue tokens
 * @param batchSize         the most tokens one transaction of a round admits or expires
 */
@ConfigurationProperties("queue")
public record QueueProperties(
        @DefaultValue("100") int maxActive,
        @DefaultValue("10m") Duration activeTtl,
        @DefaultValue("1s") Duration admissionInterval,
        @DefaultValue("1s") Duration expiryInterval,
        @DefaultValue("100") int batchSize) {

    public QueueProperties {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("queue.batch-size must be positive, was " + batchSize);
        }
    }
}
