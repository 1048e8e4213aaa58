package dev.concertsaga.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PointsRefunded;
import dev.concertsaga.messaging.CancelledPayments;
import dev.concertsaga.messaging.InvalidEventException;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.LedgerEntryType;
import dev.concertsaga.user.domain.PointAccount;

/**
 * Compensation: a payment was cancelled, so whatever it took from the user's points is given back, once, with
 * {@link PointsRefunded}. Safe before, after or without the deduction: the cancellation is remembered, so that a
 * deduction arriving later is refused (see {@link DeductPoints} for why both take the user's lock first).
 */
@Service
public class RefundPoints {

    private final UserAccounts accounts;
    private final PointLedger ledger;
    private final CancelledPayments cancelledPayments;
    private final Outbox outbox;
    private final Clock clock;

    RefundPoints(UserAccounts accounts, PointLedger ledger, CancelledPayments cancelledPayments, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.cancelledPayments = cancelledPayments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void refund(PaymentCancelled cancellation) {
        UUID paymentId = cancellation.paymentId();
        Optional<PointAccount> account = accounts.lock(cancellation.userId());
        Instant now = clock.instant();
        cancelledPayments.record(paymentId, now);
        Optional<LedgerEntry> use = ledger.find(paymentId, LedgerEntryType.USE);
        // Nothing was taken, or it has already been given back: the cancellation mark is all this event leaves.
        if (use.isEmpty() || ledger.find(paymentId, LedgerEntryType.REFUND).isPresent()) {
            return;
        }
        PointAccount payer = account.filter(locked -> locked.userId() == use.get().userId())
                .orElseThrow(() -> new InvalidEventException("payment " + paymentId + " took points from user "
                        + use.get().userId() + ", but its cancellation names user " + cancellation.userId()));
        giveBack(payer, use.get(), now);
    }

    private void giveBack(PointAccount payer, LedgerEntry use, Instant now) {
        LedgerEntry refund = payer.refund(use, now);
        accounts.update(payer);
        ledger.append(refund);
        outbox.add(new PointsRefunded(payer.userId(), use.paymentId(), refund.amount(), refund.balanceAfter()));
    }
}
