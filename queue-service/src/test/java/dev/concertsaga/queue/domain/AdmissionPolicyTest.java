package dev.concertsaga.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AdmissionPolicyTest {

    final AdmissionPolicy policy = new AdmissionPolicy(100, Duration.ofMinutes(10));

    @Test
    void admits_as_many_as_there_are_free_slots_at_most_a_batch() {
        assertThat(policy.admissible(0, 30)).isEqualTo(30);
        assertThat(policy.admissible(90, 30)).isEqualTo(10);
    }

    @Test
    void admits_none_when_every_slot_is_taken_or_more() {
        assertThat(policy.admissible(100, 30)).isZero();
        assertThat(policy.admissible(103, 30)).isZero();
    }

    @Test
    void sets_the_deadline_one_ttl_ahead_to_the_millisecond() {
        Instant now = Instant.parse("2026-11-21T10:00:00.123456789Z");

        assertThat(policy.activeUntil(now)).isEqualTo(Instant.parse("2026-11-21T10:10:00.123Z"));
    }

    @Test
    void refuses_a_maximum_or_ttl_that_is_not_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AdmissionPolicy(0, Duration.ofMinutes(10)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AdmissionPolicy(1, Duration.ZERO));
    }
}
