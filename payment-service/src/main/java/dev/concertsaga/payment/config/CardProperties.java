package dev.concertsaga.payment.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Card payments at the provider, under {@code card.*}.
 *
 * @param providerUrl    the provider's base URL
 * @param connectTimeout how long a call waits for a connection to the provider
 * @param readTimeout    how long a call waits for the provider's answer; after that its outcome is unknown
 * @param concurrency    calls out at once (and the HTTP client's threads): a slow provider ties up these, nothing else
 * @param pollInterval   how often due charges and refunds are looked for
 * @param batchSize      most charges or refunds one claim takes
 * @param initialBackOff the wait before asking again after an unknown outcome, doubling up to {@code maxBackOff}
 */
@ConfigurationProperties("card")
record CardProperties(
        @DefaultValue("http://localhost:8089") URI providerUrl,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout,
        @DefaultValue("8") int concurrency,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("200ms") Duration initialBackOff,
        @DefaultValue("5s") Duration maxBackOff) {

    /** A claimed call is left alone for longer than it can take. */
    Duration lease() {
        return connectTimeout.plus(readTimeout).plusSeconds(5);
    }
}
