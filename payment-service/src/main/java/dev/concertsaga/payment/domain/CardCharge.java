package dev.concertsaga.payment.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A card payment's charge at the provider, as payment-service knows it. It is recorded PENDING before the provider is
 * called, under an idempotency key derived from the payment, so that whatever happens to a call (a timeout, a 5xx, a
 * crash before its answer was recorded) the next try asks about the same charge and never makes a second one.
 *
 * @param attempts         how many calls have been started for it; 0 means the provider has never heard of it
 * @param providerChargeId the provider's id, once known
 */
public record CardCharge(UUID paymentId, String idempotencyKey, long amount, String cardToken, CardChargeStatus status,
                         String providerChargeId, int attempts) {

    public CardCharge {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(cardToken, "cardToken");
        Objects.requireNonNull(status, "status");
    }

    /** The charge a card payment needs once its price is known. */
    public static CardCharge attempt(UUID paymentId, long amount, String cardToken) {
        return new CardCharge(paymentId, keyFor(paymentId), amount, cardToken, CardChargeStatus.PENDING, null, 0);
    }

    /** One payment, one charge: the key is the payment's, whoever calls and however often. */
    public static String keyFor(UUID paymentId) {
        return "charge-" + paymentId;
    }

    /** The refund's own key: a retried refund is the same refund. */
    public static String refundKeyFor(UUID paymentId) {
        return "refund-" + paymentId;
    }

    /** Whether the provider may have heard of this charge: then only the provider can say how it ended. */
    public boolean mayHaveReachedTheProvider() {
        return attempts > 0;
    }
}
