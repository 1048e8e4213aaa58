package dev.concertsaga.payment.application;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks the payments that a poll's answers belong to, all in one statement, before the answers' use cases run in the
 * same transaction: each use case then finds its payment locked instead of locking it with a statement of its own.
 * The payments are locked in id order, so two polls that share payments wait for each other instead of deadlocking.
 */
@Service
public class LockPayments {

    private final PaymentStore payments;

    LockPayments(PaymentStore payments) {
        this.payments = payments;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void all(Set<UUID> paymentIds) {
        payments.lockAll(paymentIds);
    }
}
