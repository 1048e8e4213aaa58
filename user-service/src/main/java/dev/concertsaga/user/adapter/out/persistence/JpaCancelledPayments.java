package dev.concertsaga.user.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Repository;

import dev.concertsaga.user.application.CancelledPayments;

@Repository
class JpaCancelledPayments implements CancelledPayments {

    private final CancelledPaymentRepository cancellations;

    JpaCancelledPayments(CancelledPaymentRepository cancellations) {
        this.cancellations = cancellations;
    }

    @Override
    public void remember(UUID paymentId, Instant cancelledAt) {
        cancellations.insertIfAbsent(paymentId, cancelledAt);
    }

    @Override
    public boolean isCancelled(UUID paymentId) {
        return cancellations.existsById(paymentId);
    }
}
