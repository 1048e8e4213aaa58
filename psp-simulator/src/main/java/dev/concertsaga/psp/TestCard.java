package dev.concertsaga.psp;

import java.util.Arrays;
import java.util.Optional;

/** The test card tokens, each choosing what a charge on it does. */
enum TestCard {
    /** Succeeds at once. */
    OK("tok_ok"),
    /** Is declined: a charge is recorded, with status DECLINED. */
    DECLINED("tok_declined"),
    /** Succeeds after the slow delay. */
    SLOW("tok_slow"),
    /** Commits a succeeded charge, then answers only after the timeout delay: the client has given up by then. */
    TIMEOUT("tok_timeout"),
    /** Answers 503, doing nothing, at the flaky rate; otherwise succeeds. */
    FLAKY("tok_flaky");

    private final String token;

    TestCard(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    static Optional<TestCard> of(String token) {
        return Arrays.stream(values()).filter(card -> card.token.equals(token)).findFirst();
    }

    ChargeStatus outcome() {
        return this == DECLINED ? ChargeStatus.DECLINED : ChargeStatus.SUCCEEDED;
    }
}
