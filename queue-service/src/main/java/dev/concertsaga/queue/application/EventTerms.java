package dev.concertsaga.queue.application;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.RestoredTokenStatus;
import dev.concertsaga.queue.domain.Restoration;
import dev.concertsaga.queue.domain.TokenUse;

/**
 * The domain's results in the words of the events. The switches name every constant, so a new one does not compile
 * until it has its value on the wire.
 */
final class EventTerms {

    private EventTerms() {
    }

    /** Why the payment may not use the token; only for a use that {@linkplain TokenUse#isRefused() is refused}. */
    static FailureReason reasonFor(TokenUse refusal) {
        return switch (refusal) {
            case NOT_ACTIVE -> FailureReason.TOKEN_NOT_ACTIVE;
            case NOT_OWNER -> FailureReason.NOT_TOKEN_OWNER;
            case USED, ALREADY_USED -> throw new IllegalArgumentException(refusal + " is not a refusal");
        };
    }

    static RestoredTokenStatus statusFor(Restoration restoration) {
        return switch (restoration) {
            case ACTIVE_AGAIN -> RestoredTokenStatus.ACTIVE;
            case EXPIRED -> RestoredTokenStatus.EXPIRED;
        };
    }
}
