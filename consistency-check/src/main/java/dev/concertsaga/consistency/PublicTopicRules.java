package dev.concertsaga.consistency;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.concertsaga.consistency.Snapshot.Payment;

/** The public topic agrees with the database, both ways (DESIGN §5). */
final class PublicTopicRules {

    private static final Set<String> DECIDED = Set.of("COMPLETED", "CANCELLED");

    private PublicTopicRules() {
    }

    static void check(Snapshot snapshot, List<Violation> violations) {
        Map<UUID, Payment> payments = snapshot.payments().stream().collect(Collectors.toMap(Payment::id, Function.identity()));
        snapshot.published().outcomes().forEach((paymentId, outcomes) -> {
            Payment payment = payments.get(paymentId);
            if (payment == null || outcomes.size() > 1 || !outcomes.contains(payment.status())) {
                violations.add(new Violation("EVERY_PUBLISHED_OUTCOME_HOLDS", "payment " + paymentId, "payment-events says "
                        + outcomes + ", payment-service has " + (payment == null ? "no such payment" : payment.status())));
            }
        });
        if (snapshot.published().complete()) {
            snapshot.payments().stream().filter(p -> DECIDED.contains(p.status()) && !snapshot.published().outcomes().containsKey(p.id()))
                    .forEach(p -> violations.add(new Violation("EVERY_DECIDED_PAYMENT_IS_PUBLISHED", "payment " + p.id(),
                            p.status() + " in payment-service, no outcome on payment-events")));
        }
    }
}
