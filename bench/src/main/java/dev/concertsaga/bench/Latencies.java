package dev.concertsaga.bench;

import java.util.Arrays;

/** Percentiles of a set of durations in milliseconds, by the nearest-rank method. */
record Latencies(double[] sortedMillis) {

    static Latencies of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    int count() {
        return sortedMillis.length;
    }

    /** The smallest value that at least {@code percent} % of the values do not exceed; NaN when there are none. */
    double percentile(double percent) {
        if (sortedMillis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedMillis.length);
        return sortedMillis[Math.min(sortedMillis.length, Math.max(1, rank)) - 1];
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double p99() {
        return percentile(99);
    }
}
