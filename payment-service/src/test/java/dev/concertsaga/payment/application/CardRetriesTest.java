package dev.concertsaga.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CardRetriesTest {

    private final CardRetries retries = new CardRetries(Duration.ofSeconds(9), Duration.ofMillis(200), Duration.ofSeconds(5), 50);

    @Test
    void doubles_the_wait_after_each_unknown_outcome_up_to_the_most() {
        assertThat(retries.after(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(retries.after(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(retries.after(5)).isEqualTo(Duration.ofMillis(3_200));
        assertThat(retries.after(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(retries.after(1_000)).isEqualTo(Duration.ofSeconds(5));
    }
}
