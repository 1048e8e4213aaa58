package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every service shows at {@code /actuator/prometheus} the meters README "Seeing a saga" lists, once sagas have run. */
class PrometheusMetricsSystemIT extends SagaScenario {

    /** Meters every service has, by their Prometheus names. */
    static final List<String> EVERY_SERVICE = List.of(
            "outbox_backlog_rows", "outbox_oldest_age_seconds", "outbox_publish_lag_seconds_count", "outbox_publish_lag_seconds{",
            "inbox_events_applied_total{", "inbox_events_duplicates_total{",
            "kafka_consumer_fetch_manager_records_lag_max{", "http_server_requests_seconds_count{");

    /** The saga's own meters, which payment-service keeps. */
    static final List<String> PAYMENT_SERVICE = List.of(
            "saga_started_total", "saga_completed_total",
            "saga_cancelled_total{application=\"payment-service\",failed_step=\"POINTS\",reason=\"INSUFFICIENT_POINTS\"}",
            "saga_duration_seconds_bucket{", "saga_duration_seconds_count{");

    private static final Path DASHBOARD = Path.of("..", "docker", "grafana", "dashboards", "concert-saga.json");

    @Test
    void shows_saga_outbox_inbox_consumer_lag_and_http_meters_and_every_dashboard_metric_after_a_completed_and_a_cancelled_saga() {
        Customer rich = Customer.register(system, "Prometheus", 200_000);
        Customer.Token token = rich.takeActiveToken();
        assertThat(rich.pay(rich.reserve(token, 50_000), token).body().get("status").asString()).isEqualTo("COMPLETED");
        Customer poor = Customer.register(system, "Epimetheus", 1_000);
        Customer.Token poorToken = poor.takeActiveToken();
        assertThat(poor.pay(poor.reserve(poorToken, 50_000), poorToken).body().get("status").asString()).isEqualTo("CANCELLED");
        system.awaitQuiet();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (ServiceNode node : system.nodes()) {
                String scrape = Http.text(node.baseUrl() + "/actuator/prometheus");
                assertThat(scrape).as(node.name()).contains(EVERY_SERVICE).contains("application=\"" + node.name() + "\"");
            }
            assertThat(Http.text(system.payment.baseUrl() + "/actuator/prometheus")).contains(PAYMENT_SERVICE);
        });
        Set<String> exposed = system.nodes().stream().flatMap(node -> seriesNames(Http.text(node.baseUrl() + "/actuator/prometheus")))
                .collect(Collectors.toSet());
        assertThat(dashboardMetrics()).as("every metric the compose Grafana dashboard queries")
                .isNotEmpty()
                // A dead-letter counter exists from the first dead letter on (its tags are the topic and the reason);
                // ConsumerLoggingTest shows it counted under this name.
                .allSatisfy(metric -> assertThat(exposed.contains(metric) || metric.equals("messaging_dead_letters_total")).as(metric).isTrue());
    }

    private static Stream<String> seriesNames(String scrape) {
        return scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("[{ ]", 2)[0]);
    }

    /** The metric names in the dashboard's PromQL: what is left once functions, groupings, matchers and ranges are gone. */
    private static Set<String> dashboardMetrics() {
        try {
            JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
            Set<String> metrics = new TreeSet<>();
            dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(target -> {
                String expr = target.get("expr").asString().replaceAll("(by|without) \\([^)]*\\)", " ")
                        .replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
                Matcher names = Pattern.compile("[a-z_][a-z0-9_]*(?!\\w|\\s*\\()").matcher(expr);
                while (names.find()) {
                    metrics.add(names.group());
                }
            }));
            return metrics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
