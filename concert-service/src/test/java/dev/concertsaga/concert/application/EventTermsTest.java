package dev.concertsaga.concert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.concertsaga.concert.domain.ConfirmationRefusal;
import dev.concertsaga.concert.domain.Restoration;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.RestoredReservationStatus;

class EventTermsTest {

    @Test
    void every_confirmation_refusal_has_its_reason_on_the_wire() {
        Map<ConfirmationRefusal, FailureReason> wire = Map.of(
                ConfirmationRefusal.NOT_HELD, FailureReason.RESERVATION_NOT_HELD,
                ConfirmationRefusal.EXPIRED, FailureReason.RESERVATION_EXPIRED,
                ConfirmationRefusal.NOT_OWNER, FailureReason.NOT_RESERVATION_OWNER);

        assertThat(wire.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ConfirmationRefusal.class));
        wire.forEach((refusal, reason) -> assertThat(EventTerms.reasonFor(refusal)).as("%s", refusal).isEqualTo(reason));
    }

    @Test
    void every_restoration_has_its_status_on_the_wire() {
        Map<Restoration, RestoredReservationStatus> wire = Map.of(
                Restoration.HELD_AGAIN, RestoredReservationStatus.HELD,
                Restoration.EXPIRED, RestoredReservationStatus.EXPIRED);

        assertThat(wire.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Restoration.class));
        wire.forEach((restoration, status) -> assertThat(EventTerms.statusFor(restoration)).as("%s", restoration).isEqualTo(status));
    }
}
