package dev.concertsaga.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.concertsaga.payment.domain.CardRefund;

/** Refunds owed on card charges, kept until the provider has made each. */
public interface CardRefunds {

    /** Records the refund as owed, once per payment. */
    void add(CardRefund refund, Instant now);

    List<CardRefund> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Records that the provider made it; false if that was recorded before. */
    boolean refunded(UUID paymentId, String providerRefundId, Instant now);

    void retryAt(UUID paymentId, Instant at);
}
