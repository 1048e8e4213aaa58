package dev.concertsaga.queue.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/queue/tokens}. */
record IssueTokenRequest(@Schema(example = "7") @NotNull @Positive Long userId) {
}
