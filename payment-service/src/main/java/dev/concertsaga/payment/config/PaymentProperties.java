package dev.concertsaga.payment.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payment API's settings, under {@code payment.*}.
 *
 * @param outcomePollInterval how often requests waiting with {@code Prefer: wait} re-read their payments, to see
 *                            outcomes that another instance decided
 */
@ConfigurationProperties("payment")
record PaymentProperties(@DefaultValue("250ms") Duration outcomePollInterval) {
}
