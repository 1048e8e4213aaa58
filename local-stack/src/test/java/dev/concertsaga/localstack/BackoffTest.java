package dev.concertsaga.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private long now;
    private final Backoff backoff = new Backoff(() -> now);

    @Test
    void doubles_the_pause_after_each_attempt_up_to_its_cap() {
        assertThat(Stream.generate(backoff::next).limit(7).map(Duration::toSeconds)).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    }

    @Test
    void keeps_doubling_for_a_process_that_dies_soon_after_coming_back() {
        backoff.next();
        backoff.up();
        now += Duration.ofSeconds(5).toNanos();

        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void starts_again_at_one_second_once_a_process_stayed_up_for_a_minute() {
        backoff.next();
        backoff.next();
        backoff.up();
        now += Duration.ofSeconds(61).toNanos();

        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
    }
}
