package dev.concertsaga.payment.domain;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a client asks for when it pays: a held reservation, as its user, with an active queue token, by points or by
 * card. Never an amount: the price comes from the reservation (DESIGN rule 7).
 *
 * @param idempotencyKey the client's key for this payment attempt; a retry with the same key gets the same payment
 * @param cardToken      the provider's token for the card to charge: set exactly when the method is CARD
 */
public record PaymentRequest(UUID reservationId, long userId, UUID queueToken, String idempotencyKey, PaymentMethod method,
                             String cardToken) {

    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;
    /** The shape of a provider's card token: short, and nothing that could smuggle anything into a request. */
    public static final Pattern CARD_TOKEN = Pattern.compile("[A-Za-z0-9_]{1,64}");

    public PaymentRequest {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(queueToken, "queueToken");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(method, "method");
        if (userId <= 0) {
            throw new IllegalArgumentException("userId must be positive, was " + userId);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotencyKey must have 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        if ((method == PaymentMethod.CARD) != (cardToken != null)) {
            throw new IllegalArgumentException("a card token is given exactly when the method is CARD");
        }
        if (cardToken != null && !CARD_TOKEN.matcher(cardToken).matches()) {
            throw new IllegalArgumentException("cardToken must be 1 to 64 letters, digits or underscores");
        }
    }

    /** A payment with points. */
    public PaymentRequest(UUID reservationId, long userId, UUID queueToken, String idempotencyKey) {
        this(reservationId, userId, queueToken, idempotencyKey, PaymentMethod.POINTS, null);
    }

    public RequestFingerprint fingerprint() {
        return RequestFingerprint.of(reservationId, userId, method, cardToken);
    }
}
