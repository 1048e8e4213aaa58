package dev.concertsaga.payment.domain;

/** How a payment is paid: the user's prepaid points, or a card charged at the provider. */
public enum PaymentMethod {
    POINTS, CARD
}
