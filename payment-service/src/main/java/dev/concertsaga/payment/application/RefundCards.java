package dev.concertsaga.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.payment.domain.CardRefund;

/**
 * Gives back what a cancelled card payment was charged, in the same three stages as a charge: claim, call the
 * provider with no transaction open, record. Retried with its own idempotency key until the provider has made it:
 * a refund is never lost, and never made twice.
 */
@Service
public class RefundCards {

    private static final Logger LOG = LoggerFactory.getLogger(RefundCards.class);

    private final CardRefunds refunds;
    private final CardProvider provider;
    private final PaymentStore payments;
    private final PaymentTimeline timeline;
    private final CardRetries retries;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RefundCards(CardRefunds refunds, CardProvider provider, PaymentStore payments, PaymentTimeline timeline, CardRetries retries,
                Clock clock, PlatformTransactionManager transactionManager) {
        this.refunds = refunds;
        this.provider = provider;
        this.payments = payments;
        this.timeline = timeline;
        this.retries = retries;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public List<CardRefund> claimDue(int limit) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            return refunds.claimDue(now, now.plus(retries.lease()), Math.min(limit, retries.batchSize()));
        });
    }

    public void settle(CardRefund refund) {
        String refundId;
        try {
            refundId = provider.refund(refund.providerChargeId(), refund.idempotencyKey(), refund.amount());
        } catch (CardProviderUnavailableException e) {
            Instant retryAt = clock.instant().plus(retries.maxBackOff());
            LOG.info("Refund for payment {} not made yet ({}); trying again at {}", refund.paymentId(), e.getMessage(), retryAt);
            transactions.executeWithoutResult(status -> refunds.retryAt(refund.paymentId(), retryAt));
            return;
        }
        transactions.executeWithoutResult(status -> record(refund, refundId));
    }

    /** Takes the payment's lock like every writer of its timeline, so the timeline's order is the order of commits. */
    private void record(CardRefund refund, String refundId) {
        payments.lock(refund.paymentId());
        Instant now = clock.instant();
        if (refunds.refunded(refund.paymentId(), refundId, now)) {
            timeline.append(CardPayments.atProvider(refund.paymentId(), "CardRefunded", now,
                    "refund " + refundId + " of charge " + refund.providerChargeId() + ", amount " + refund.amount()), now);
        }
    }
}
