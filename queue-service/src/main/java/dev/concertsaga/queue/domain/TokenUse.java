package dev.concertsaga.queue.domain;

/** What came of a payment's attempt to use a queue token. */
public enum TokenUse {

    /** The token is now expired by the payment. */
    USED(false),
    /** The same payment used it before: a repeat, with nothing left to do. */
    ALREADY_USED(false),
    /** Refused: the token is not active (still waiting, past its deadline, or used by another payment). */
    NOT_ACTIVE(true),
    /** Refused: the token is another user's. */
    NOT_OWNER(true);

    private final boolean refused;

    TokenUse(boolean refused) {
        this.refused = refused;
    }

    public boolean isRefused() {
        return refused;
    }
}
