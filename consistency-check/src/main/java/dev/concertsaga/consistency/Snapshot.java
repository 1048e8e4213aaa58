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
                List<DeadLetters.DeadLetter> deadLetters, PublishedOutcomes published, Expectations expectations) {

    record Payment(UUID id, UUID reservationId, long userId, UUID queueToken, String status, Long amount) {
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
