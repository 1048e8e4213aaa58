package dev.concertsaga.payment.application;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.concertsaga.events.Uuids;
import dev.concertsaga.payment.domain.CardCharge;
import dev.concertsaga.payment.domain.CardChargeStatus;
import dev.concertsaga.payment.domain.CardRefund;
import dev.concertsaga.payment.domain.Payment;

/**
 * What the saga's transactions record for a card payment: the charge attempt once its price is known (stage 1 of a
 * charge), and a refund whenever a decision means a succeeded charge must be given back. Runs in the caller's
 * transaction, under the payment's lock.
 */
@Component
class CardPayments {

    private final CardCharges charges;
    private final CardRefunds refunds;

    CardPayments(CardCharges charges, CardRefunds refunds) {
        this.charges = charges;
        this.refunds = refunds;
    }

    /** The reservation is confirmed for a card payment still pending: its seat's price is to be charged. */
    void chargeFor(Payment payment, long amount, Instant now) {
        charges.add(CardCharge.attempt(payment.id(), amount, payment.request().cardToken()), now);
    }

    /**
     * The payment was cancelled: a charge that already succeeded is refunded. One still unknown is settled by the
     * worker, which refunds it if it turns out to have succeeded.
     */
    void refundIfCharged(Payment payment, Instant now) {
        charges.find(payment.id())
                .filter(charge -> charge.status() == CardChargeStatus.SUCCEEDED)
                .ifPresent(charged -> refund(charged, now));
    }

    /** A charge of nothing (a free seat) has nothing to give back. */
    void refund(CardCharge charged, Instant now) {
        if (charged.amount() > 0) {
            refunds.add(CardRefund.of(charged), now);
        }
    }

    /** A line on the payment's timeline for something that happened at the provider, not on a topic. */
    static SeenEvent atProvider(UUID paymentId, String type, Instant at, String detail) {
        return new SeenEvent(paymentId, Uuids.timeOrdered(), type, at, detail);
    }
}
