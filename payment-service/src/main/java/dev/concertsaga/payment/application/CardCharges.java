package dev.concertsaga.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.concertsaga.payment.domain.CardCharge;
import dev.concertsaga.payment.domain.CardChargeStatus;

/** Card payments' charges as payment-service records them: the first and the third stage of a charge. */
public interface CardCharges {

    /** Records the attempt, once per payment; false if it was recorded before. */
    boolean add(CardCharge attempt, Instant now);

    Optional<CardCharge> find(UUID paymentId);

    /** Attempts never sent whose payment was cancelled meanwhile need no call: marks them ABANDONED. */
    int abandonNeverSent(Instant now);

    /**
     * Claims up to {@code limit} pending attempts that are due, counting a call for each and leasing it until
     * {@code leaseUntil}; each comes back with the calls started before this one.
     */
    List<CardCharge> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Records the provider's answer; false if another call's answer was recorded first. */
    boolean decide(UUID paymentId, CardChargeStatus status, String providerChargeId, Instant now);

    void retryAt(UUID paymentId, Instant at);
}
