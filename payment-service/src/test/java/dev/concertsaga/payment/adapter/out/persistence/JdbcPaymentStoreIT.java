package dev.concertsaga.payment.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.payment.PaymentIT;
import dev.concertsaga.payment.application.PaymentStore;
import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;
import dev.concertsaga.payment.domain.PaymentState;

/** The payment row in plain SQL: every field comes back as it was written, and an update writes exactly one row. */
@PaymentIT
class JdbcPaymentStoreIT {

    @Autowired
    PaymentStore payments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    @Test
    void reads_back_every_field_of_a_completed_payment() {
        Payment completed = stored(payment -> {
            payment.reservationConfirmed(4_200, now());
            payment.queueTokenExpired(now());
            payment.pointsDeducted(now());
        });

        assertThat(payments.findById(completed.id())).get().usingRecursiveComparison().isEqualTo(completed);
        assertThat(payments.findByIdempotencyKey(completed.request().idempotencyKey())).get().usingRecursiveComparison().isEqualTo(completed);
        assertThat(version(completed.id())).as("one update").isEqualTo(1);
    }

    @Test
    void reads_back_every_field_of_a_cancelled_payment() {
        Payment cancelled = stored(payment -> {
            payment.reservationConfirmed(4_200, now());
            payment.cancel(FailedStep.POINTS, CancellationReason.INSUFFICIENT_POINTS, now());
        });

        assertThat(payments.findById(cancelled.id())).get().usingRecursiveComparison().isEqualTo(cancelled);
    }

    @Test
    void finds_the_decided_payments_among_those_asked_for() {
        Payment pending = stored(payment -> { });
        Payment cancelled = stored(payment -> payment.cancel(FailedStep.RESERVATION, CancellationReason.RESERVATION_EXPIRED, now()));

        assertThat(payments.findDecided(Set.of(pending.id(), cancelled.id(), UUID.randomUUID())))
                .extracting(Payment::id).containsExactly(cancelled.id());
        assertThat(payments.findDecided(Set.of())).isEmpty();
    }

    @Test
    void refuses_to_update_a_payment_that_is_not_stored() {
        Payment unknown = Payment.request(UUID.randomUUID(), newRequest(), now());

        assertThatThrownBy(() -> inTransaction(() -> payments.update(unknown))).isInstanceOf(IllegalStateException.class);
    }

    /** Adds a payment, then changes it under its lock as the saga does; returns it as changed. */
    private Payment stored(Consumer<Payment> change) {
        Payment payment = Payment.request(UUID.randomUUID(), newRequest(), now());
        assertThat(payments.add(payment)).isTrue();
        return new TransactionTemplate(transactionManager).execute(status -> {
            Payment locked = payments.lock(payment.id()).orElseThrow();
            PaymentState before = locked.state();
            change.accept(locked);
            if (!locked.state().equals(before)) {
                payments.update(locked);
            }
            return locked;
        });
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private long version(UUID paymentId) {
        return jdbc.sql("SELECT version FROM payment WHERE id = ?").param(paymentId).query(Long.class).single();
    }

    /** The service's clock, which other tests move: a payment created now is never overdue for the saga's deadline. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static PaymentRequest newRequest() {
        return new PaymentRequest(UUID.randomUUID(), 7, UUID.randomUUID(), "key-" + UUID.randomUUID());
    }
}
