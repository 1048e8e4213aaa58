package dev.concertsaga.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;

class PaymentOutcomesTest {

    static final Duration LONG_WAIT = Duration.ofSeconds(10);

    final PaymentStore store = mock(PaymentStore.class);
    final PaymentOutcomes outcomes = new PaymentOutcomes(store);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void answers_at_once_for_a_payment_that_is_already_decided() {
        Payment cancelled = cancelled(pending());

        assertThat(outcomes.await(cancelled, LONG_WAIT)).isCompletedWithValue(Optional.of(cancelled));
    }

    @Test
    void answers_empty_when_the_wait_passes_without_an_outcome() throws Exception {
        CompletableFuture<Optional<Payment>> waiting = outcomes.await(pending(), Duration.ofMillis(50));

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void completes_the_waiters_once_the_deciding_transaction_commits() {
        Payment payment = pending();
        CompletableFuture<Optional<Payment>> first = outcomes.await(payment, LONG_WAIT);
        CompletableFuture<Optional<Payment>> second = outcomes.await(payment, LONG_WAIT);
        Payment decided = cancelled(payment);
        TransactionSynchronizationManager.initSynchronization();

        outcomes.announceAfterCommit(decided);
        assertThat(first).isNotDone();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        assertThat(first).isCompletedWithValue(Optional.of(decided));
        assertThat(second).isCompletedWithValue(Optional.of(decided));
    }

    @Test
    void answers_at_once_when_the_payment_was_decided_here_before_the_wait_began() {
        Payment payment = pending();
        Payment decided = cancelled(payment);
        TransactionSynchronizationManager.initSynchronization();
        outcomes.announceAfterCommit(decided);
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        assertThat(outcomes.await(payment, LONG_WAIT)).isCompletedWithValue(Optional.of(decided));
        assertThat(outcomes.await(payment, LONG_WAIT)).isCompletedWithValue(Optional.of(decided));
        verifyNoInteractions(store);
    }

    @Test
    void keeps_only_the_latest_outcomes_that_no_one_waited_for() {
        Payment first = pending();
        TransactionSynchronizationManager.initSynchronization();
        outcomes.announceAfterCommit(cancelled(first));
        for (int i = 0; i < PaymentOutcomes.UNAWAITED_OUTCOMES_KEPT; i++) {
            outcomes.announceAfterCommit(cancelled(pending()));
        }
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        assertThat(outcomes.await(first, LONG_WAIT)).isNotDone();
    }

    @Test
    void keeps_the_waiters_waiting_when_the_deciding_transaction_rolls_back() {
        Payment payment = pending();
        CompletableFuture<Optional<Payment>> waiting = outcomes.await(payment, LONG_WAIT);
        TransactionSynchronizationManager.initSynchronization();

        outcomes.announceAfterCommit(cancelled(payment));
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(waiting).isNotDone();
    }

    @Test
    void sees_an_outcome_decided_by_another_instance_on_the_next_check() {
        Payment payment = pending();
        CompletableFuture<Optional<Payment>> waiting = outcomes.await(payment, LONG_WAIT);
        Payment decidedElsewhere = cancelled(payment);
        when(store.findDecided(any())).thenReturn(List.of(decidedElsewhere));

        outcomes.checkForOutcomes();

        assertThat(waiting).isCompletedWithValue(Optional.of(decidedElsewhere));
    }

    @Test
    void reads_nothing_while_nobody_waits() {
        outcomes.checkForOutcomes();

        verifyNoInteractions(store);
    }

    private static Payment pending() {
        return Payment.request(UUID.randomUUID(), new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key"), Instant.now());
    }

    private static Payment cancelled(Payment pending) {
        Payment payment = new Payment(pending.id(), pending.request(), pending.fingerprint(), pending.createdAt(), pending.state());
        payment.cancel(FailedStep.DEADLINE, CancellationReason.TIMEOUT, Instant.now());
        return payment;
    }
}
