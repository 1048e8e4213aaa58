package dev.concertsaga.concert.domain;

import java.time.Instant;
import java.util.UUID;

/** What this service knows of a queue token, from queue-service's events: whose it is and until when it is active. */
public record QueueToken(UUID token, long userId, QueueTokenStatus status, Instant activeUntil) {

    /**
     * Lets {@code userId} hold a seat with this token, or says why not.
     *
     * @throws HoldRefusedException when the token is not active at {@code now}, or active but someone else's
     */
    public void admit(long userId, Instant now) {
        if (status != QueueTokenStatus.ACTIVE || !now.isBefore(activeUntil)) {
            throw new HoldRefusedException(HoldRefusal.QUEUE_TOKEN_NOT_ACTIVE, "The queue token is not active.");
        }
        if (this.userId != userId) {
            throw new HoldRefusedException(HoldRefusal.QUEUE_TOKEN_NOT_OWNED, "The queue token belongs to another user.");
        }
    }
}
