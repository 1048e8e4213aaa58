package dev.concertsaga.payment.application;

import java.util.Optional;

/**
 * The external card payment provider (DESIGN §12). Every call is made with no transaction open and no connection
 * held, and may take as long as its timeout. Each throws {@link CardProviderUnavailableException} when the outcome
 * is not known (a timeout, a 5xx, no connection): the caller asks again, with the same key, until it knows.
 */
public interface CardProvider {

    /** Charges the card, or answers the charge made before under this key. */
    ProviderCharge charge(String idempotencyKey, long amount, String cardToken);

    /** The charge made under this key, if the provider has one. */
    Optional<ProviderCharge> findCharge(String idempotencyKey);

    /** Refunds {@code amount} of the charge, or answers the refund made before under this key; returns the refund's id. */
    String refund(String providerChargeId, String idempotencyKey, long amount);
}
