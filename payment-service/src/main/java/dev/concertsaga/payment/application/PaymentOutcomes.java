package dev.concertsaga.payment.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.concertsaga.payment.domain.Payment;

/**
 * Lets a request wait for a payment's outcome without holding a thread, a connection or a transaction. A waiter is
 * completed right after the transaction that decides the payment commits in this instance (or at once, when that
 * happened between the request's own commit and its wait), or by the periodic {@link #checkForOutcomes() re-read}
 * when another instance decided it.
 */
@Component
public class PaymentOutcomes {

    /**
     * How many outcomes decided here with no one waiting are kept, the latest: a request whose saga ended between its
     * POST's commit and the start of its wait finds the outcome here at once, not at the next re-read. At 300
     * payments/s that is seconds of outcomes, for a gap of the request thread's few steps.
     */
    static final int UNAWAITED_OUTCOMES_KEPT = 1024;

    private final PaymentStore payments;
    private final ConcurrentMap<UUID, Set<CompletableFuture<Optional<Payment>>>> waiters = new ConcurrentHashMap<>();
    private final Map<UUID, Payment> unawaited = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Payment> eldest) {
            return size() > UNAWAITED_OUTCOMES_KEPT;
        }
    });

    PaymentOutcomes(PaymentStore payments) {
        this.payments = payments;
    }

    /** Completes with the decided payment, or with empty when {@code atMost} passes first. */
    public CompletableFuture<Optional<Payment>> await(Payment payment, Duration atMost) {
        if (payment.isDecided()) {
            return CompletableFuture.completedFuture(Optional.of(payment));
        }
        CompletableFuture<Optional<Payment>> waiter = new CompletableFuture<>();
        // Atomic with complete(): the payment is either decided already (its outcome kept) or waited for, never neither.
        waiters.compute(payment.id(), (id, waiting) -> {
            Payment decided = unawaited.get(id);
            if (decided != null) {
                waiter.complete(Optional.of(decided));
                return waiting;
            }
            Set<CompletableFuture<Optional<Payment>>> set = waiting == null ? ConcurrentHashMap.newKeySet() : waiting;
            set.add(waiter);
            return set;
        });
        if (waiter.isDone()) {
            return waiter;
        }
        return waiter.completeOnTimeout(Optional.empty(), atMost.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((outcome, error) -> forget(payment.id(), waiter));
    }

    /** Re-reads the payments someone is waiting for: one query, and only while anyone waits. */
    public void checkForOutcomes() {
        if (!waiters.isEmpty()) {
            payments.findDecided(Set.copyOf(waiters.keySet())).forEach(this::complete);
        }
    }

    /** Completes the payment's waiters once the current transaction commits; never for one that rolls back. */
    void announceAfterCommit(Payment decided) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                complete(decided);
            }
        });
    }

    private void complete(Payment decided) {
        List<CompletableFuture<Optional<Payment>>> waiting = new ArrayList<>();
        waiters.compute(decided.id(), (id, set) -> {
            if (set == null) {
                unawaited.put(id, decided);
            } else {
                waiting.addAll(set);
            }
            return null;
        });
        waiting.forEach(waiter -> waiter.complete(Optional.of(decided)));
    }

    private void forget(UUID paymentId, CompletableFuture<Optional<Payment>> waiter) {
        waiters.computeIfPresent(paymentId, (id, waiting) -> {
            waiting.remove(waiter);
            return waiting.isEmpty() ? null : waiting;
        });
    }
}
