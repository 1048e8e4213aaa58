package dev.concertsaga.queue.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Body of {@code POST /api/v1/queue/tokens}. */
record IssueTokenRequest(@NotNull @Positive Long userId) {
}
