package dev.concertsaga.concert.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Boxed, so that a missing field is reported as missing rather than read as 0. */
record HoldSeatRequest(@NotNull @Positive Long userId, @NotNull @Positive Long scheduleId, @NotNull @Positive Long seatId) {
}
