package dev.concertsaga.payment.application;

/** A charge as the provider answered it: its id, and whether the card was charged or declined. */
public record ProviderCharge(String id, boolean succeeded) {
}
