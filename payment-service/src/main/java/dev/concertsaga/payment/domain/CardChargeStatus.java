package dev.concertsaga.payment.domain;

/** Where a card charge stands at the provider, as far as payment-service knows. */
public enum CardChargeStatus {
    /** Recorded; the provider's answer is not known yet. */
    PENDING,
    /** The provider charged the card. */
    SUCCEEDED,
    /** The provider refused the card. */
    DECLINED,
    /** Never sent: its payment was cancelled before the first call. */
    ABANDONED
}
