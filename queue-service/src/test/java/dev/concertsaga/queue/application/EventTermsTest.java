package dev.concertsaga.queue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.RestoredTokenStatus;
import dev.concertsaga.queue.domain.Restoration;
import dev.concertsaga.queue.domain.TokenUse;

class EventTermsTest {

    @Test
    void every_refused_token_use_has_its_reason_on_the_wire_and_no_other_use_has_one() {
        Map<TokenUse, FailureReason> wire = Map.of(
                TokenUse.NOT_ACTIVE, FailureReason.TOKEN_NOT_ACTIVE,
                TokenUse.NOT_OWNER, FailureReason.NOT_TOKEN_OWNER);

        for (TokenUse use : TokenUse.values()) {
            if (use.isRefused()) {
                assertThat(EventTerms.reasonFor(use)).as("%s", use).isEqualTo(wire.get(use));
            } else {
                assertThatIllegalArgumentException().as("%s", use).isThrownBy(() -> EventTerms.reasonFor(use));
            }
        }
        assertThat(EnumSet.allOf(TokenUse.class).stream().filter(TokenUse::isRefused)).containsExactlyInAnyOrderElementsOf(wire.keySet());
    }

    @Test
    void every_restoration_has_its_status_on_the_wire() {
        Map<Restoration, RestoredTokenStatus> wire = Map.of(
                Restoration.ACTIVE_AGAIN, RestoredTokenStatus.ACTIVE,
                Restoration.EXPIRED, RestoredTokenStatus.EXPIRED);

        assertThat(wire.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Restoration.class));
        wire.forEach((restoration, status) -> assertThat(EventTerms.statusFor(restoration)).as("%s", restoration).isEqualTo(status));
    }
}
