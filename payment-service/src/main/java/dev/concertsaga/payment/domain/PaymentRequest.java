package dev.concertsaga.payment.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * What a client asks for when it pays: a held reservation, as its user, with an active queue token. Never an
 * amount: the price comes from the reservation (DESIGN rule 7).
 *
 * @param idempotencyKey the client's key for this payment attempt; a retry with the same key gets the same payment
 */
public record PaymentRequest(UUID reservationId, long userId, UUID queueToken, String idempotencyKey) {

    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    public PaymentRequest {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(queueToken, "queueToken");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (userId <= 0) {
            throw new IllegalArgumentException("userId must be positive, was " + userId);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotencyKey must have 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
    }

    public RequestFingerprint fingerprint() {
        return RequestFingerprint.of(reservationId, userId);
    }
}
