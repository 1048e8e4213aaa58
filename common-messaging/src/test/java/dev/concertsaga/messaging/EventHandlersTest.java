package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.PointsRefunded;

class EventHandlersTest {

    @Test
    void refuses_to_be_built_while_an_event_type_of_the_topic_has_no_decision() {
        EventHandlers.Builder<PointEvent> incomplete = EventHandlers.of(PointEvent.class)
                .on(PointsCharged.class, (envelope, charged) -> { })
                .ignore(PointsDeducted.class);

        assertThatThrownBy(incomplete::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PointsDeductionFailed").hasMessageContaining("PointsRefunded").hasMessageNotContaining("PointsCharged,");
    }

    @Test
    void refuses_a_type_decided_twice() {
        assertThatThrownBy(() -> EventHandlers.of(PointEvent.class).on(PointsCharged.class, (e, c) -> { }).ignore(PointsCharged.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PointsCharged is handled twice");
    }

    @Test
    void gives_the_handled_types_an_effect_and_the_ignored_and_filtered_ones_none() {
        List<String> applied = new ArrayList<>();
        EventHandlers<PointEvent> handlers = EventHandlers.of(PointEvent.class)
                .on(PointsCharged.class, charged -> charged.amount() > 10, (envelope, charged) -> applied.add("charged " + charged.amount()))
                .on(PointsDeducted.class, (envelope, deducted) -> applied.add("deducted " + envelope.eventId()))
                .ignore(PointsDeductionFailed.class, PointsRefunded.class)
                .build();
        EventEnvelope<PointsDeducted> deducted = EventEnvelope.of(new PointsDeducted(7, UUID.randomUUID(), 5, 0), Instant.now());

        handlers.effectOf(EventEnvelope.of(new PointsCharged(7, 50, 50), Instant.now())).orElseThrow().run();
        handlers.effectOf(deducted).orElseThrow().run();

        assertThat(handlers.effectOf(EventEnvelope.of(new PointsCharged(7, 5, 55), Instant.now()))).isEmpty();
        assertThat(handlers.effectOf(EventEnvelope.of(new PointsDeductionFailed(7, UUID.randomUUID(), FailureReason.INSUFFICIENT_POINTS), Instant.now()))).isEmpty();
        assertThat(applied).containsExactly("charged 50", "deducted " + deducted.eventId());
    }
}
