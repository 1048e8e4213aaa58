package dev.concertsaga.payment.application;

import java.util.List;
import java.util.UUID;

import dev.concertsaga.payment.domain.Payment;

/**
 * One page of a payment list, newest first.
 *
 * @param next the {@code before} that asks for the page after this one, or null when this is the last
 */
public record PaymentPage(List<Payment> payments, UUID next) {
}
