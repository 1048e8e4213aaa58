package dev.concertsaga.consistency;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The state of the four services, their public topic and dead-letter topics as the check read it, reduced to what the
 * guarantees talk about, with what the caller expects.
 */
record Snapshot(List<Payment> payments, List<Reservation> reservations, List<Seat> seats, List<Token> tokens,
                List<User> users, List<LedgerEntry> ledger, Map<String, Long> unpublishedOutboxRows,
                List<DeadLetters.DeadLetter> deadLetters, PublishedOutcomes published, Expectations expectations,
                List<ProviderCharge> providerCharges) {

    /** Without the card provider's ledger: card payments' money is not checked. */
    Snapshot(List<Payment> payments, List<Reservation> reservations, List<Seat> seats, List<Token> tokens, List<User> users,
             List<LedgerEntry> ledger, Map<String, Long> unpublishedOutboxRows, List<DeadLetters.DeadLetter> deadLetters,
             PublishedOutcomes published, Expectations expectations) {
        this(payments, reservations, seats, tokens, users, ledger, unpublishedOutboxRows, deadLetters, published, expectations, null);
    }

    /** @param method POINTS or CARD */
    record Payment(UUID id, UUID reservationId, long userId, UUID queueToken, String status, Long amount, String method) {

        Payment(UUID id, UUID reservationId, long userId, UUID queueToken, String status, Long amount) {
            this(id, reservationId, userId, queueToken, status, amount, "POINTS");
        }

        boolean byCard() {
            return method.equals("CARD");
        }
    }

    /** A charge in the card provider's ledger, with what was refunded of it. */
    record ProviderCharge(String idempotencyKey, long amount, String status, long refunded) {

        long net() {
            return status.equals("SUCCEEDED") ? amount - refunded : 0;
        }
    }

    record Reservation(UUID id, long seatId, long price, String status, UUID confirmedByPayment) {
    }

    record Seat(long id, String status) {
    }

    record Token(UUID token, String status, UUID expiredByPayment) {
    }

    record User(long id, long balance) {
    }

    record LedgerEntry(long userId, String type, long amount, UUID paymentId) {
    }
}
