package dev.concertsaga.queue.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.messaging.CancelledPayments;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.queue.domain.Restoration;
import dev.concertsaga.queue.domain.Token;

/**
 * Compensation: a cancelled payment gives back the token it used, active until the original deadline and never
 * longer. The cancellation is remembered, so that a request of the payment that arrives after it is refused.
 */
@Service
public class RevertQueueToken {

    private final TokenStore tokens;
    private final PaymentLocks paymentLocks;
    private final CancelledPayments cancelledPayments;
    private final Outbox outbox;
    private final Clock clock;

    RevertQueueToken(TokenStore tokens, PaymentLocks paymentLocks, CancelledPayments cancelledPayments, Outbox outbox, Clock clock) {
        this.tokens = tokens;
        this.paymentLocks = paymentLocks;
        this.cancelledPayments = cancelledPayments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void revert(PaymentCancelled cancellation) {
        paymentLocks.lock(cancellation.paymentId());
        if (cancelledPayments.record(cancellation.paymentId(), clock.instant())) {
            tokens.lockUsedBy(cancellation.paymentId()).ifPresent(token -> giveBack(token, cancellation));
        }
    }

    private void giveBack(Token token, PaymentCancelled cancellation) {
        boolean userHoldsNewToken = tokens.liveTokenOf(token.userId()).isPresent();
        Restoration restoration = token.revertUseBy(cancellation.paymentId(), clock.instant(), userHoldsNewToken);
        tokens.save(token);
        outbox.add(new QueueTokenRestored(token.id(), token.userId(), cancellation.paymentId(), EventTerms.statusFor(restoration),
                token.activeUntil()));
    }
}
