package dev.concertsaga.payment.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.payment.PaymentIT;
import dev.concertsaga.payment.application.PaymentStore;
import dev.concertsaga.payment.application.PaymentTimeline;
import dev.concertsaga.payment.application.SeenEvent;
import dev.concertsaga.payment.application.TimelineEntry;
import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;
import dev.concertsaga.payment.domain.PaymentState;
import dev.concertsaga.payment.domain.PaymentStatus;

/**
 * The payment row in plain SQL: every field comes back as it was written, and an update writes exactly one row. In a
 * transaction, locked payments are read once and updates and timeline rows are kept until just before the commit.
 */
@PaymentIT
class JdbcPaymentStoreIT {

    @Autowired
    PaymentStore payments;
    @Autowired
    PaymentTimeline timeline;
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

    @Test
    void keeps_a_transactions_writes_until_its_commit_and_shows_them_to_its_own_queries() {
        Payment payment = stored(p -> { });
        UUID event = UUID.randomUUID();

        inTransaction(() -> {
            Payment locked = payments.lock(payment.id()).orElseThrow();
            locked.cancel(FailedStep.QUEUE_TOKEN, CancellationReason.TOKEN_NOT_ACTIVE, now());
            payments.update(locked);
            timeline.append(new SeenEvent(payment.id(), event, "QueueTokenExpiryFailed", now(), "invalid"), now());
            assertThat(version(payment.id())).as("not written yet").isZero();

            assertThat(payments.findDecided(Set.of(payment.id()))).as("a query of the store sees the update").hasSize(1);
            assertThat(timeline.entriesOf(payment.id())).extracting(TimelineEntry::eventId).containsExactly(event);
        });

        assertThat(version(payment.id())).isEqualTo(1);
        assertThat(payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void writes_nothing_it_kept_when_the_transaction_rolls_back() {
        Payment payment = stored(p -> { });

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            Payment locked = payments.lock(payment.id()).orElseThrow();
            locked.cancel(FailedStep.POINTS, CancellationReason.INSUFFICIENT_POINTS, now());
            payments.update(locked);
            timeline.append(new SeenEvent(payment.id(), UUID.randomUUID(), "PointsDeductionFailed", now(), null), now());
            status.setRollbackOnly();
        });

        assertThat(version(payment.id())).isZero();
        assertThat(timeline.entriesOf(payment.id())).isEmpty();
        assertThat(payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void writes_the_timeline_rows_of_a_transaction_in_the_order_appended_and_a_repeated_event_once() {
        Payment payment = stored(p -> { });
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        inTransaction(() -> {
            payments.lock(payment.id()).orElseThrow();
            timeline.append(new SeenEvent(payment.id(), first, "ReservationConfirmed", now(), "amount 4200"), now());
            timeline.append(new SeenEvent(payment.id(), second, "QueueTokenExpired", now(), null), now());
            timeline.append(new SeenEvent(payment.id(), first, "ReservationConfirmed", now(), "amount 4200"), now());
        });

        assertThat(timeline.entriesOf(payment.id())).extracting(TimelineEntry::eventId).containsExactly(first, second);
    }

    @Test
    void locks_the_payments_of_a_poll_in_one_statement_and_then_reads_them_from_the_transaction() {
        Payment one = stored(p -> { });
        Payment other = stored(p -> { });

        inTransaction(() -> {
            payments.lockAll(List.of(other.id(), one.id(), UUID.randomUUID()));

            assertThat(lockedElsewhere(one.id())).as("locked for this transaction").isTrue();
            assertThat(lockedElsewhere(other.id())).isTrue();
            Payment locked = payments.lock(one.id()).orElseThrow();
            assertThat(payments.lock(one.id())).as("read once").get().isSameAs(locked);
            assertThat(payments.lock(UUID.randomUUID())).isEmpty();
        });

        assertThat(lockedElsewhere(one.id())).as("released by the commit").isFalse();
    }

    /** Whether another transaction, on a connection of its own, finds the payment's row locked. */
    private boolean lockedElsewhere(UUID paymentId) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                jdbc.sql("SELECT id FROM payment WHERE id = ? FOR UPDATE NOWAIT").param(paymentId).query(UUID.class).list();
                return false;
            } catch (DataAccessException e) {
                return true;
            }
        }).join();
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
