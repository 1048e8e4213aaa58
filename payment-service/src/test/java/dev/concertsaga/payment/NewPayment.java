package dev.concertsaga.payment;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A payment request as a client sends it. Headers are strings, so a test can send them malformed; a null header is
 * left out. Every {@link #fresh()} one has its own reservation, user and key, so tests never share a payment. With a
 * {@code cardToken} it pays by card; without, with points.
 */
record NewPayment(UUID reservationId, long userId, String queueToken, String idempotencyKey, String cardToken) {

    private static final AtomicLong NEXT_USER = new AtomicLong(System.currentTimeMillis() * 1_000);

    static NewPayment fresh() {
        return new NewPayment(UUID.randomUUID(), NEXT_USER.incrementAndGet(), UUID.randomUUID().toString(), "key-" + UUID.randomUUID(), null);
    }

    /** A fresh payment by card, with one of the provider's test tokens. */
    static NewPayment byCard(String cardToken) {
        return fresh().withCardToken(cardToken);
    }

    String body() {
        String card = cardToken == null ? "" : ",\"method\":\"CARD\",\"cardToken\":\"" + cardToken + "\"";
        return "{\"reservationId\":\"" + reservationId + "\",\"userId\":" + userId + card + "}";
    }

    NewPayment withIdempotencyKey(String key) {
        return new NewPayment(reservationId, userId, queueToken, key, cardToken);
    }

    NewPayment withQueueToken(String token) {
        return new NewPayment(reservationId, userId, token, idempotencyKey, cardToken);
    }

    NewPayment withReservation(UUID reservation) {
        return new NewPayment(reservation, userId, queueToken, idempotencyKey, cardToken);
    }

    NewPayment withUser(long user) {
        return new NewPayment(reservationId, user, queueToken, idempotencyKey, cardToken);
    }

    NewPayment withCardToken(String token) {
        return new NewPayment(reservationId, userId, queueToken, idempotencyKey, token);
    }
}
