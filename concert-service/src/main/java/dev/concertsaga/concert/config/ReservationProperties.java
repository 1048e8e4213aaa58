package dev.concertsaga.concert.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of seat holds, under {@code reservation.*}.
 *
 * @param holdTtl         how long a seat stays HELD for its user before it is released
 * @param expiryInterval  how often holds past their deadline are looked for
 * @param expiryBatchSize the most holds one expiry transaction ends
 */
@ConfigurationProperties("reservation")
public record ReservationProperties(
        @DefaultValue("5m") Duration holdTtl,
        @DefaultValue("1s") Duration expiryInterval,
        @DefaultValue("100") int expiryBatchSize) {

    public ReservationProperties {
        if (holdTtl.isNegative() || holdTtl.isZero() || expiryInterval.isNegative() || expiryInterval.isZero()) {
            throw new IllegalArgumentException("reservation.hold-ttl and reservation.expiry-interval must be positive");
        }
        if (expiryBatchSize <= 0) {
            throw new IllegalArgumentException("reservation.expiry-batch-size must be positive, was " + expiryBatchSize);
        }
    }
}
