package dev.concertsaga.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.CardCharge;
import dev.concertsaga.payment.domain.CardChargeStatus;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.payment.domain.Transition;

/**
 * Stages 2 and 3 of a card charge (DESIGN §12). A short transaction claims due attempts; each is then put to the
 * provider with no transaction open and no connection held; a short transaction records the answer and decides the
 * payment: charged (which may complete it), or declined (which cancels it, step CARD). An unknown outcome is never
 * guessed: the attempt stays pending and is asked about again by its key. A charge that succeeds for a payment
 * cancelled meanwhile is refunded, the refund recorded in the same transaction.
 */
@Service
public class ChargeCards {

    private static final Logger LOG = LoggerFactory.getLogger(ChargeCards.class);

    private final CardCharges charges;
    private final CardProvider provider;
    private final CardPayments cardPayments;
    private final PaymentStore payments;
    private final PaymentSaga saga;
    private final CardRetries retries;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ChargeCards(CardCharges charges, CardProvider provider, CardPayments cardPayments, PaymentStore payments, PaymentSaga saga,
                CardRetries retries, Clock clock, PlatformTransactionManager transactionManager) {
        this.charges = charges;
        this.provider = provider;
        this.cardPayments = cardPayments;
        this.payments = payments;
        this.saga = saga;
        this.retries = retries;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Stage 2's claim: at most {@code limit} due attempts, each leased to the caller. */
    public List<CardCharge> claimDue(int limit) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            charges.abandonNeverSent(now);
            return charges.claimDue(now, now.plus(retries.lease()), Math.min(limit, retries.batchSize()));
        });
    }

    /** Asks the provider about one claimed attempt, outside any transaction, and records what it said. */
    public void settle(CardCharge charge) {
        ProviderCharge answer;
        try {
            answer = ask(charge);
        } catch (CardProviderUnavailableException e) {
            Instant retryAt = clock.instant().plus(retries.after(charge.attempts() + 1));
            LOG.info("Charge for payment {} has no known outcome yet ({}); asking again at {}", charge.paymentId(), e.getMessage(), retryAt);
            transactions.executeWithoutResult(status -> charges.retryAt(charge.paymentId(), retryAt));
            return;
        }
        transactions.executeWithoutResult(status -> record(charge, answer));
    }

    /** A charge that may have reached the provider is looked up by its key first; the charge call itself is idempotent too. */
    private ProviderCharge ask(CardCharge charge) {
        if (charge.mayHaveReachedTheProvider()) {
            return provider.findCharge(charge.idempotencyKey())
                    .orElseGet(() -> provider.charge(charge.idempotencyKey(), charge.amount(), charge.cardToken()));
        }
        return provider.charge(charge.idempotencyKey(), charge.amount(), charge.cardToken());
    }

    private void record(CardCharge charge, ProviderCharge answer) {
        Payment payment = payments.lock(charge.paymentId()).orElseThrow();
        Instant now = clock.instant();
        CardChargeStatus status = answer.succeeded() ? CardChargeStatus.SUCCEEDED : CardChargeStatus.DECLINED;
        if (!charges.decide(charge.paymentId(), status, answer.id(), now)) {
            return; // another call's answer was recorded first, and it was the same: one key, one charge
        }
        if (answer.succeeded()) {
            charged(payment, new CardCharge(charge.paymentId(), charge.idempotencyKey(), charge.amount(), charge.cardToken(),
                    status, answer.id(), charge.attempts()), now);
        } else {
            declined(payment, answer, now);
        }
    }

    private void charged(Payment payment, CardCharge charged, Instant now) {
        SeenEvent event = CardPayments.atProvider(payment.id(), "CardCharged", now,
                "charge " + charged.providerChargeId() + ", amount " + charged.amount());
        Transition transition = payment.cardCharged(now);
        saga.record(event, payment, transition, now);
        if (transition == Transition.LATE && payment.status() == PaymentStatus.CANCELLED) {
            cardPayments.refund(charged, now);
        }
        saga.save(payment, transition);
    }

    private void declined(Payment payment, ProviderCharge answer, Instant now) {
        SeenEvent event = CardPayments.atProvider(payment.id(), "CardDeclined", now, "charge " + answer.id() + ", reason CARD_DECLINED");
        Transition transition = payment.cancel(FailedStep.CARD, CancellationReason.CARD_DECLINED, now);
        saga.record(event, payment, transition, now);
        saga.save(payment, transition);
    }
}
