package dev.concertsaga.bench.monolith;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code POST /api/v1/payments}, as payment-service takes it. There is no amount: the seat has a price. */
record NewPaymentBody(@NotNull UUID reservationId, @NotNull @Positive Long userId) {
}
