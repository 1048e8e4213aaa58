package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.time.Instant;
import java.util.UUID;

/** Compensation: a cancelled payment's use of the token is undone; active again until the original deadline, or expired. */
public record QueueTokenRestored(UUID token, long userId, UUID paymentId, RestoredTokenStatus status, Instant activeUntil)
        implements QueueTokenEvent {

    public QueueTokenRestored {
        required(token, "token");
        positive(userId, "userId");
        required(paymentId, "paymentId");
        required(status, "status");
        required(activeUntil, "activeUntil");
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
