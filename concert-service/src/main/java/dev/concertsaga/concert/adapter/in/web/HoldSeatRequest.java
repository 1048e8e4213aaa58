package dev.concertsaga.concert.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import io.swagger.v3.oas.annotations.media.Schema;

/** Boxed, so that a missing field is reported as missing rather than read as 0. */
record HoldSeatRequest(@Schema(example = "7") @NotNull @Positive Long userId,
                       @Schema(example = "1") @NotNull @Positive Long scheduleId,
                       @Schema(example = "12") @NotNull @Positive Long seatId) {
}
