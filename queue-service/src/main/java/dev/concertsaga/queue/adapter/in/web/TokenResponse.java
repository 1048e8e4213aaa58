package dev.concertsaga.queue.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.queue.application.TokenView;
import dev.concertsaga.queue.domain.TokenStatus;

/** A queue token on the wire (DESIGN §4); {@code activeUntil} is null while the token waits. */
record TokenResponse(@Schema(example = "0193a5c1-7d2e-7c3a-9a51-2f4b8e6d1c20") UUID token,
                     @Schema(example = "7") long userId,
                     @Schema(example = "ACTIVE") TokenStatus status,
                     @Schema(example = "0") long position,
                     @Schema(example = "2026-11-21T10:20:30Z") Instant activeUntil) {

    static TokenResponse of(TokenView view) {
        return new TokenResponse(view.token(), view.userId(), view.status(), view.position(), view.activeUntil());
    }
}
