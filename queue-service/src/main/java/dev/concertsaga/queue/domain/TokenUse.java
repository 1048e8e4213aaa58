package dev.concertsaga.queue.domain;

import dev.concertsaga.events.FailureReason;

/** What came of a payment's attempt to use a queue token. */
public enum TokenUse {

    /** The token is now expired by the payment. */
    USED(null),
    /** The same payment used it before: a repeat, with nothing left to do. */
    ALREADY_USED(null),
    NOT_ACTIVE(FailureReason.TOKEN_NOT_ACTIVE),
    NOT_OWNER(FailureReason.NOT_TOKEN_OWNER);

    private final FailureReason refusal;

    TokenUse(FailureReason refusal) {
        this.refusal = refusal;
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** Why the payment may not use the token; only for a refusal. */
    public FailureReason refusal() {
        if (refusal == null) {
            throw new IllegalStateException(this + " is not a refusal");
        }
        return refusal;
    }
}
