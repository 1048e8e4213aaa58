package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;

class EventCasesTest {

    @Test
    void refuses_to_be_built_while_a_type_under_any_nested_sealed_interface_has_no_case() {
        EventCases.Builder<Event, String> incomplete = EventCases.<Event, String>of(Event.class)
                .on(PointsCharged.class, charged -> "charged")
                .ignore(PointsDeducted.class, PointsDeductionFailed.class);

        assertThatThrownBy(incomplete::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PointsRefunded").hasMessageContaining("PaymentRequested").hasMessageContaining("ReservationHeld")
                .hasMessageContaining("QueueTokenActivated").hasMessageContaining("of Event")
                .hasMessageNotContaining("PointsCharged").hasMessageNotContaining("PointsDeducted,");
    }

    @Test
    void gives_each_event_its_case_and_the_ignored_ones_nothing() {
        EventCases<PointEvent, String> cases = EventCases.<PointEvent, String>of(PointEvent.class)
                .on(PointsRefunded.class, refunded -> "refunded " + refunded.amount())
                .on(PointsDeducted.class, deducted -> "deducted " + deducted.amount())
                .ignore(PointsCharged.class, PointsDeductionFailed.class)
                .build();

        assertThat(cases.apply(new PointsRefunded(7, UUID.randomUUID(), 80000, 150000))).contains("refunded 80000");
        assertThat(cases.apply(new PointsDeducted(7, UUID.randomUUID(), 500, 0))).contains("deducted 500");
        assertThat(cases.apply(new PointsCharged(7, 100, 100))).isEmpty();
        assertThat(cases.apply(new PointsDeductionFailed(7, UUID.randomUUID(), FailureReason.INSUFFICIENT_POINTS))).isEmpty();
    }

    @Test
    void refuses_a_type_decided_twice() {
        assertThatThrownBy(() -> EventCases.<PointEvent, String>of(PointEvent.class).on(PointsCharged.class, c -> "a").ignore(PointsCharged.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PointsCharged is handled twice");
    }
}
