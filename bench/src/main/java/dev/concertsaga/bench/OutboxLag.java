package dev.concertsaga.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' own Micrometer timer {@code outbox.publish.lag} (outbox row insert to broker ack). Count and total, from
 * {@code /actuator/metrics}, give the exact mean over a phase; the p99 is Micrometer's client-side percentile, which
 * covers a rolling window of about the last two minutes, not just the phase, read from {@code /actuator/prometheus}
 * (the Prometheus registry publishes it as the summary's {@code quantile="0.99"}, not as a meter of its own).
 */
final class OutboxLag {

    /** The timer's count and total time (seconds), summed over the services. */
    record Totals(double count, double totalSeconds) {
        double meanMillisSince(Totals start) {
            double n = count - start.count;
            return n <= 0 ? Double.NaN : (totalSeconds - start.totalSeconds) / n * 1000;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern P99 = Pattern.compile("(?m)^outbox_publish_lag_seconds\\{[^}]*quantile=\"0\\.99\"[^}]*}\\s+(\\S+)");
    private static final Pattern MEASUREMENT = Pattern.compile("\"statistic\"\\s*:\\s*\"([A-Z_]+)\"\\s*,\\s*\"value\"\\s*:\\s*([-0-9.Ee]+)");

    private final List<String> baseUrls;

    OutboxLag(List<String> baseUrls) {
        this.baseUrls = baseUrls;
    }

    Totals totals() {
        double count = 0;
        double total = 0;
        for (String base : baseUrls) {
            String body = get(base + "/actuator/metrics/outbox.publish.lag");
            count += statistic(body, "COUNT");
            total += statistic(body, "TOTAL_TIME");
        }
        return new Totals(count, total);
    }

    /** The highest p99 of the services' timers, in ms. */
    double p99Millis() {
        return baseUrls.stream().mapToDouble(base -> quantile(get(base + "/actuator/prometheus")) * 1000)
                .filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    private static double quantile(String prometheusText) {
        Matcher m = P99.matcher(prometheusText);
        try {
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double statistic(String body, String name) {
        Matcher m = MEASUREMENT.matcher(body);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return Double.NaN;
    }

    private static String get(String url) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? answer.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
