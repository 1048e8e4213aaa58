package dev.concertsaga.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times from POST /payments to the final state, for every payment a scenario let run at its own pace (Prefer: wait).
 * A measurement to report, never an assertion: the summary is kept up to date in target/saga-durations.txt.
 */
final class SagaDurations {

    private static final Path REPORT = Path.of("target", "saga-durations.txt");
    private static final List<Long> MILLIS = new ArrayList<>();

    private SagaDurations() {
    }

    static synchronized void record(Duration duration) {
        MILLIS.add(duration.toMillis());
        List<Long> sorted = MILLIS.stream().sorted().toList();
        String summary = String.format("POST /payments -> final state, %d payments: p50 = %d ms, p99 = %d ms, max = %d ms%n",
                sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, summary + "all (ms): " + sorted + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
