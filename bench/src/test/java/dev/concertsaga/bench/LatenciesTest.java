package dev.concertsaga.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void takes_percentiles_by_nearest_rank() {
        double[] millis = new double[100];
        for (int i = 0; i < 100; i++) {
            millis[i] = 100 - i;
        }
        Latencies latencies = Latencies.of(millis);

        assertThat(latencies.p50()).isEqualTo(50);
        assertThat(latencies.p95()).isEqualTo(95);
        assertThat(latencies.p99()).isEqualTo(99);
        assertThat(latencies.percentile(100)).isEqualTo(100);
    }

    @Test
    void the_p99_of_a_few_values_is_the_largest() {
        assertThat(Latencies.of(new double[] {3, 1, 2}).p99()).isEqualTo(3);
        assertThat(Latencies.of(new double[] {3, 1, 2}).p50()).isEqualTo(2);
    }

    @Test
    void has_no_percentile_without_values() {
        assertThat(Latencies.of(new double[0]).p99()).isNaN();
    }
}
