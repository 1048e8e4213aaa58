package dev.concertsaga.consistency;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.concertsaga.consistency.Snapshot.Payment;

/**
 * What a client was told stays true (DESIGN §5): a payment it was answered about still exists, and one it was told is
 * COMPLETED or CANCELLED is still so. PENDING may have become either.
 */
final class ClientAnswerRules {

    private ClientAnswerRules() {
    }

    static void check(Snapshot snapshot, List<Violation> violations) {
        Map<UUID, Payment> payments = snapshot.payments().stream().collect(Collectors.toMap(Payment::id, Function.identity()));
        snapshot.expectations().clientAnswers().forEach((paymentId, answered) -> {
            Payment payment = payments.get(paymentId);
            if (payment == null) {
                violations.add(new Violation("WHAT_A_CLIENT_WAS_TOLD_STAYS_TRUE", "payment " + paymentId, "vanished; a client was answered " + answered));
            } else if (wentBack(answered, payment.status())) {
                violations.add(new Violation("WHAT_A_CLIENT_WAS_TOLD_STAYS_TRUE", "payment " + paymentId,
                        "went back: a client was answered " + answered + ", payment-service has " + payment.status()));
            }
        });
    }

    private static boolean wentBack(Set<String> answered, String status) {
        return answered.stream().anyMatch(told -> !told.equals("PENDING") && !told.equals(status));
    }
}
