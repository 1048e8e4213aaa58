package dev.concertsaga.user.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PointsDeducted;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.messaging.CancelledPayments;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.LedgerEntryType;
import dev.concertsaga.user.domain.PointAccount;

/**
 * Saga step: a reservation was confirmed by a payment, so its price is taken from the user's points. Answers with
 * {@link PointsDeducted} or {@link PointsDeductionFailed}. The amount is the seat's price from the event, never a
 * client's.
 * <p>
 * Why the user's row is locked before anything is read: ReservationConfirmed and PaymentCancelled travel on
 * different topics, so they come in either order, and two instances of the service (or two consumer threads) may
 * handle them at the same moment. This use
 * case and {@link RefundPoints} take the same lock first, so whichever runs second sees what the first committed:
 * either the deduction finds the payment marked cancelled and refuses it, or the refund finds the deduction and
 * gives it back. Without the lock each could miss the other, and points would be kept for a cancelled payment.
 */
@Service
public class DeductPoints {

    private final UserAccounts accounts;
    private final PointLedger ledger;
    private final CancelledPayments cancelledPayments;
    private final Outbox outbox;
    private final Clock clock;

    DeductPoints(UserAccounts accounts, PointLedger ledger, CancelledPayments cancelledPayments, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.cancelledPayments = cancelledPayments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void deduct(ReservationConfirmed confirmation) {
        UUID paymentId = confirmation.paymentId();
        Optional<PointAccount> account = accounts.lock(confirmation.userId());
        // A cancelled payment is never charged, and nobody waits for an answer about it any more.
        // A payment that already paid is a repeat the inbox could not recognise: a new event for the same payment.
        if (cancelledPayments.isCancelled(paymentId) || ledger.find(paymentId, LedgerEntryType.USE).isPresent()) {
            return;
        }
        if (account.isEmpty()) {
            outbox.add(new PointsDeductionFailed(confirmation.userId(), paymentId, FailureReason.USER_NOT_FOUND));
        } else if (!account.get().covers(confirmation.amount())) {
            outbox.add(new PointsDeductionFailed(confirmation.userId(), paymentId, FailureReason.INSUFFICIENT_POINTS));
        } else {
            take(account.get(), paymentId, confirmation.amount());
        }
    }

    private void take(PointAccount account, UUID paymentId, long amount) {
        LedgerEntry use = account.use(paymentId, amount, clock.instant());
        accounts.update(account);
        ledger.append(use);
        outbox.add(new PointsDeducted(account.userId(), paymentId, amount, use.balanceAfter()));
    }
}
