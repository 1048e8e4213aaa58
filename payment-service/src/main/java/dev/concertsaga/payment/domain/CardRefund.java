package dev.concertsaga.payment.domain;

import java.util.Objects;
import java.util.UUID;

/** A refund owed on a card payment's succeeded charge, under its own idempotency key. */
public record CardRefund(UUID paymentId, String idempotencyKey, String providerChargeId, long amount) {

    public CardRefund {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(providerChargeId, "providerChargeId");
    }

    /** The whole of a succeeded charge, given back. */
    public static CardRefund of(CardCharge charged) {
        if (charged.status() != CardChargeStatus.SUCCEEDED) {
            throw new IllegalArgumentException("only a succeeded charge is refunded, this one is " + charged.status());
        }
        return new CardRefund(charged.paymentId(), CardCharge.refundKeyFor(charged.paymentId()), charged.providerChargeId(), charged.amount());
    }
}
