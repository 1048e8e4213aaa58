package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/payments}. There is no amount: the price comes from the reservation. */
record NewPaymentBody(@Schema(example = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b") @NotNull UUID reservationId,
                      @Schema(example = "7") @NotNull @Positive Long userId) {
}
