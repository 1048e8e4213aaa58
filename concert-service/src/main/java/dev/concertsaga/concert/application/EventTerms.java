package dev.concertsaga.concert.application;

import dev.concertsaga.concert.domain.ConfirmationRefusal;
import dev.concertsaga.concert.domain.Restoration;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.RestoredReservationStatus;

/**
 * The domain's results in the words of the events. The switches name every constant, so a new one does not compile
 * until it has its value on the wire.
 */
final class EventTerms {

    private EventTerms() {
    }

    static FailureReason reasonFor(ConfirmationRefusal refusal) {
        return switch (refusal) {
            case NOT_HELD -> FailureReason.RESERVATION_NOT_HELD;
            case EXPIRED -> FailureReason.RESERVATION_EXPIRED;
            case NOT_OWNER -> FailureReason.NOT_RESERVATION_OWNER;
        };
    }

    static RestoredReservationStatus statusFor(Restoration restoration) {
        return switch (restoration) {
            case HELD_AGAIN -> RestoredReservationStatus.HELD;
            case EXPIRED -> RestoredReservationStatus.EXPIRED;
        };
    }
}
