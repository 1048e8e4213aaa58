package dev.concertsaga.queue.adapter.out.persistence;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.concertsaga.queue.application.PaymentLocks;

/**
 * An advisory lock per payment: this service has no row of the payment to lock, and a cancellation cannot lock the
 * token its payment's request names (PaymentCancelled does not carry it, and the request may not have arrived yet).
 */
@Component
class AdvisoryPaymentLocks implements PaymentLocks {

    private final AdvisoryLocks locks;

    AdvisoryPaymentLocks(AdvisoryLocks locks) {
        this.locks = locks;
    }

    @Override
    public void lock(UUID paymentId) {
        locks.lock("queue-service/payment/" + paymentId);
    }
}
