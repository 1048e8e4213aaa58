package dev.concertsaga.payment.application;

import java.time.Duration;

/**
 * @param timeout   how long a payment may stay PENDING before it is cancelled
 * @param batchSize how many overdue payments one transaction cancels
 */
public record SagaDeadline(Duration timeout, int batchSize) {
}
