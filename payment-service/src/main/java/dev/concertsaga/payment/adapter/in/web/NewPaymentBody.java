package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code POST /api/v1/payments}. There is no amount: the price comes from the reservation. */
record NewPaymentBody(@NotNull UUID reservationId, @NotNull @Positive Long userId) {
}
