package dev.concertsaga.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import dev.concertsaga.events.Topics;

/** Waits until the system is quiet (no PENDING payment, nothing in an outbox, every group's lag 0), and reads outcomes. */
final class ChaosQuiet {

    private final Settings settings;
    private final ConsumerProgress progress;

    ChaosQuiet(Settings settings, ConsumerProgress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** True once quiet; false if {@code cap} passed first. */
    boolean await(Duration cap) {
        long[] published = {-1};
        return ChaosApi.until(cap, () -> {
            try {
                long now = progress.published(Topics.ALL);
                boolean quiet = count("payment-service", "SELECT count(*) FROM payment WHERE status = 'PENDING'") == 0
                        // card money settles after the decision: unknown charges are asked about, refunds made
                        && count("payment-service", "SELECT (SELECT count(*) FROM card_charge WHERE status = 'PENDING')"
                                + " + (SELECT count(*) FROM card_refund WHERE status = 'PENDING')") == 0
                        && ServiceSpec.ALL.stream().allMatch(spec -> count(spec.name(), "SELECT count(*) FROM messaging.outbox") == 0)
                        && ConsumerProgress.SUBSCRIPTIONS.keySet().stream().allMatch(group -> progress.lag(group).equals(OptionalLong.of(0)))
                        && now == published[0];
                published[0] = now;
                return quiet;
            } catch (IllegalStateException notYet) {
                return false;
            }
        });
    }

    /** Payments by outcome, e.g. {@code COMPLETED}, {@code CANCELLED INSUFFICIENT_POINTS}. */
    Map<String, Long> outcomes() {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        query("SELECT status || coalesce(' ' || failure_reason, ''), count(*) FROM payment GROUP BY 1 ORDER BY 1", row -> outcomes.put(row.getString(1), row.getLong(2)));
        return outcomes;
    }

    private long count(String service, String sql) {
        long[] count = {0};
        query(service, sql, row -> count[0] = row.getLong(1));
        return count[0];
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, Row row) {
        query("payment-service", sql, row);
    }

    private void query(String service, String sql, Row each) {
        ServiceSpec spec = ServiceSpec.ALL.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow();
        Databases.Database database = Databases.configured(spec, settings);
        try (Connection db = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                each.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + service + " failed", e);
        }
    }
}
