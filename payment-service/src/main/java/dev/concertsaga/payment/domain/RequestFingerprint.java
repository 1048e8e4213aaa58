package dev.concertsaga.payment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A digest of what a payment request asked for, stored with its idempotency key: a retry with the same key must ask
 * for the same thing, and comparing digests says so without keeping every field of every request forever.
 */
public record RequestFingerprint(String value) {

    public RequestFingerprint {
        Objects.requireNonNull(value, "value");
    }

    /** The fingerprint of a request body; the queue token is a credential, not part of what is asked for. */
    public static RequestFingerprint of(UUID reservationId, long userId) {
        return new RequestFingerprint(sha256(points(reservationId, userId)));
    }

    /** A POINTS request's fingerprint is what it was before cards, so keys stored then still match their retries. */
    public static RequestFingerprint of(UUID reservationId, long userId, PaymentMethod method, String cardToken) {
        if (method == PaymentMethod.POINTS) {
            return of(reservationId, userId);
        }
        return new RequestFingerprint(sha256(points(reservationId, userId) + "\nmethod=" + method + "\ncardToken=" + cardToken));
    }

    private static String points(UUID reservationId, long userId) {
        return "reservationId=" + reservationId + "\nuserId=" + userId;
    }

    private static String sha256(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
