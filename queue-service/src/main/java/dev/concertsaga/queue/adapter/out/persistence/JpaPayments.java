package dev.concertsaga.queue.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.concertsaga.queue.application.Payments;

@Component
class JpaPayments implements Payments {

    private final CancelledPaymentRepository cancelled;
    private final AdvisoryLocks locks;

    JpaPayments(CancelledPaymentRepository cancelled, AdvisoryLocks locks) {
        this.cancelled = cancelled;
        this.locks = locks;
    }

    @Override
    public void lock(UUID paymentId) {
        locks.lock("queue-service/payment/" + paymentId);
    }

    @Override
    public boolean isCancelled(UUID paymentId) {
        return cancelled.existsById(paymentId);
    }

    @Override
    public boolean recordCancelled(UUID paymentId, Instant cancelledAt) {
        return cancelled.insertIfAbsent(paymentId, cancelledAt) == 1;
    }
}
