package dev.concertsaga.consistency;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the guarantees of the payment saga across the four services' databases and the topics: no payment left
 * PENDING, a COMPLETED payment did every step and a CANCELLED one undid every step, no seat sold twice, balances equal
 * their ledgers, every event published, nothing dead-lettered that was not bad input, the public topic and the payment
 * table in agreement, and what clients were told still true. Meaningful once the system is quiet.
 */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    public static Report run(Sources sources) {
        return run(sources, Expectations.none());
    }

    public static Report run(Sources sources, Expectations expectations) {
        try {
            Snapshot snapshot = SnapshotReader.read(sources, expectations);
            return new Report(Rules.check(snapshot), inspected(snapshot));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the services' databases: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> inspected(Snapshot snapshot) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("payments", (long) snapshot.payments().size());
        counts.put("completed", snapshot.payments().stream().filter(p -> p.status().equals("COMPLETED")).count());
        counts.put("cancelled", snapshot.payments().stream().filter(p -> p.status().equals("CANCELLED")).count());
        counts.put("reservations", (long) snapshot.reservations().size());
        counts.put("seats", (long) snapshot.seats().size());
        counts.put("tokens", (long) snapshot.tokens().size());
        counts.put("users", (long) snapshot.users().size());
        counts.put("ledger entries", (long) snapshot.ledger().size());
        counts.put("published outcomes", (long) snapshot.published().outcomes().size());
        counts.put("dead letters", (long) snapshot.deadLetters().size());
        counts.put("dead-lettered originals", DeadLetterRules.distinctOriginals(snapshot.deadLetters()).values().stream().mapToLong(Long::longValue).sum());
        counts.put("client answers", (long) snapshot.expectations().clientAnswers().size());
        return counts;
    }
}
