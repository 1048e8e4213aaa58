package dev.concertsaga.queue.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.TokenExpiryReason;
import dev.concertsaga.messaging.CancelledPayments;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.queue.domain.Token;
import dev.concertsaga.queue.domain.TokenUse;

/** Saga step: a requested payment spends its queue token, or is told why it cannot. */
@Service
public class UseQueueToken {

    private static final Logger LOG = LoggerFactory.getLogger(UseQueueToken.class);

    private final TokenStore tokens;
    private final PaymentLocks paymentLocks;
    private final CancelledPayments cancelledPayments;
    private final Outbox outbox;
    private final Clock clock;

    UseQueueToken(TokenStore tokens, PaymentLocks paymentLocks, CancelledPayments cancelledPayments, Outbox outbox, Clock clock) {
        this.tokens = tokens;
        this.paymentLocks = paymentLocks;
        this.cancelledPayments = cancelledPayments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void use(PaymentRequested payment) {
        UUID paymentId = payment.paymentId();
        paymentLocks.lock(paymentId);
        if (cancelledPayments.isCancelled(paymentId)) {
            LOG.info("Payment {} was cancelled before it asked for token {}: the token is left as it is", paymentId, payment.queueToken());
            return;
        }
        Optional<Token> token = tokens.lock(payment.queueToken());
        TokenUse use = token.map(found -> found.useFor(paymentId, payment.userId(), clock.instant())).orElse(TokenUse.NOT_ACTIVE);
        if (use == TokenUse.USED) {
            recordUse(token.get(), paymentId);
        } else if (use.isRefused()) {
            outbox.add(new QueueTokenExpiryFailed(payment.queueToken(), payment.userId(), paymentId, EventTerms.reasonFor(use)));
        }
        // ALREADY_USED: the same request again under a new event id; it was answered the first time.
    }

    private void recordUse(Token token, UUID paymentId) {
        tokens.save(token);
        outbox.add(new QueueTokenExpired(token.id(), token.userId(), TokenExpiryReason.PAYMENT, paymentId));
    }
}
