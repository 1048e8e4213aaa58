package dev.concertsaga.payment;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A payment request as a client sends it. Headers are strings, so a test can send them malformed; a null header is
 * left out. Every {@link #fresh()} one has its own reservation, user and key, so tests never share a payment.
 */
record NewPayment(UUID reservationId, long userId, String queueToken, String idempotencyKey) {

    private static final AtomicLong NEXT_USER = new AtomicLong(System.currentTimeMillis() * 1_000);

    static NewPayment fresh() {
        return new NewPayment(UUID.randomUUID(), NEXT_USER.incrementAndGet(), UUID.randomUUID().toString(), "key-" + UUID.randomUUID());
    }

    String body() {
        return "{\"reservationId\":\"" + reservationId + "\",\"userId\":" + userId + "}";
    }

    NewPayment withIdempotencyKey(String key) {
        return new NewPayment(reservationId, userId, queueToken, key);
    }

    NewPayment withQueueToken(String token) {
        return new NewPayment(reservationId, userId, token, idempotencyKey);
    }

    NewPayment withReservation(UUID reservation) {
        return new NewPayment(reservation, userId, queueToken, idempotencyKey);
    }

    NewPayment withUser(long user) {
        return new NewPayment(reservationId, user, queueToken, idempotencyKey);
    }
}
