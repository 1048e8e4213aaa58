package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Repository;

import dev.concertsaga.concert.application.CancelledPayments;

@Repository
class CancelledPaymentPersistenceAdapter implements CancelledPayments {

    private final CancelledPaymentRepository repository;

    CancelledPaymentPersistenceAdapter(CancelledPaymentRepository repository) {
        this.repository = repository;
    }

    @Override
    public void record(UUID paymentId, Instant cancelledAt) {
        repository.insertIfAbsent(paymentId, cancelledAt);
    }

    @Override
    public boolean contains(UUID paymentId) {
        return repository.existsById(paymentId);
    }
}
