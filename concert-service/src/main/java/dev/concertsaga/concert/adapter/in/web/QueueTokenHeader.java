package dev.concertsaga.concert.adapter.in.web;

import java.util.UUID;

import dev.concertsaga.concert.domain.HoldRefusal;
import dev.concertsaga.web.ApiException;

/** The {@code Queue-Token} header: the token queue-service gave the user, which must be active to hold a seat. */
final class QueueTokenHeader {

    static final String NAME = "Queue-Token";

    private QueueTokenHeader() {
    }

    /** A value that is not a UUID cannot be a token, let alone an active one. */
    static UUID parse(String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.unauthorized("QUEUE_TOKEN_MISSING", "The " + NAME + " header is required.");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized(HoldRefusal.QUEUE_TOKEN_NOT_ACTIVE.name(), "The queue token is not active.");
        }
    }
}
