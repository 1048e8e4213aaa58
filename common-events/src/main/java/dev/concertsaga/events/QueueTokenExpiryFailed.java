package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** A payment could not use the token (not active, someone else's). */
public record QueueTokenExpiryFailed(UUID token, long userId, UUID paymentId, FailureReason reason) implements QueueTokenEvent {

    public QueueTokenExpiryFailed {
        required(token, "token");
        positive(userId, "userId");
        required(paymentId, "paymentId");
        required(reason, "reason");
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
