package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** A token stopped being active: used by a payment ({@code paymentId} set) or timed out (TTL). */
public record QueueTokenExpired(UUID token, long userId, TokenExpiryReason reason, @OptionalField UUID paymentId)
        implements QueueTokenEvent {

    public QueueTokenExpired {
        required(token, "token");
        positive(userId, "userId");
        required(reason, "reason");
        if ((reason == TokenExpiryReason.PAYMENT) != (paymentId != null)) {
            throw new IllegalArgumentException("paymentId is set exactly when reason is PAYMENT");
        }
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
