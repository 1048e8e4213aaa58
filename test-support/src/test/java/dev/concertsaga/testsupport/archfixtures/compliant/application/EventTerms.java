package dev.concertsaga.testsupport.archfixtures.compliant.application;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.testsupport.archfixtures.compliant.domain.HoldRefusal;

/** The application layer may speak the events' words. */
final class EventTerms {

    private EventTerms() {
    }

    static FailureReason reasonFor(HoldRefusal refusal) {
        return switch (refusal) {
            case NOT_AVAILABLE -> FailureReason.RESERVATION_NOT_HELD;
        };
    }
}
