package dev.concertsaga.payment.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The saga's deadline, under {@code saga.*}.
 *
 * @param timeout               a payment still PENDING after this is cancelled with reason TIMEOUT (DESIGN rule 6)
 * @param deadlineCheckInterval how often overdue payments are looked for; a payment is cancelled at most this late
 * @param deadlineBatchSize     how many overdue payments one short transaction cancels
 */
@ConfigurationProperties("saga")
record SagaProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("1s") Duration deadlineCheckInterval,
        @DefaultValue("100") int deadlineBatchSize) {
}
