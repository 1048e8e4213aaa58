package dev.concertsaga.consistency;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the guarantees of the payment saga across the four services' databases: no payment left PENDING, a
 * COMPLETED payment did every step and a CANCELLED one undid every step, no seat sold twice, balances equal their
 * ledgers, every event published and nothing dead-lettered. Meaningful once the system is quiet.
 */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    public static Report run(Sources sources) {
        try {
            Snapshot snapshot = SnapshotReader.read(sources);
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
        return counts;
    }
}
