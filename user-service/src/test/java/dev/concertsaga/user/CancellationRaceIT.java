package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.events.Event;
import dev.concertsaga.user.application.DeductPoints;
import dev.concertsaga.user.application.RefundPoints;
import dev.concertsaga.user.TestUsers.Entry;

/**
 * DESIGN rule 3 under contention: the confirmation and the cancellation of one payment arrive on two topics at the
 * same moment. One instance's listener applies them one after the other, in whichever order they came; two instances
 * (or two consumer threads) may apply them side by side. Whatever the interleaving, a cancelled payment ends with no
 * points taken: either the deduction was refused, or it was refunded.
 */
@UserServiceIT
class CancellationRaceIT {

    @Autowired
    TestUsers users;
    @Autowired
    SagaEvents saga;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeductPoints deductPoints;
    @Autowired
    RefundPoints refundPoints;

    @Test
    void leaves_no_points_taken_by_any_of_twenty_payments_confirmed_and_cancelled_at_once() {
        long userId = users.withPoints(100_000);
        List<TestPayment> payments = IntStream.rangeClosed(1, 20).mapToObj(i -> TestPayment.of(userId, 100L * i)).toList();

        CompletableFuture.allOf(
                sendAll(payments.stream().<Event>map(TestPayment::confirmed).toList()),
                sendAll(payments.stream().<Event>map(TestPayment::cancelled).toList())).join();
        saga.awaitApplied();

        payments.forEach(this::assertNetZero);
        assertThat(users.balanceOf(userId)).isEqualTo(100_000).isEqualTo(users.ledgerSumOf(userId));
    }

    /**
     * As two instances would: the deduction and the refund run on two threads at once and queue on the user's row
     * lock, so the one let in second must see what the first committed.
     */
    @Test
    void leaves_no_points_taken_when_confirmation_and_cancellation_wait_on_the_same_user() throws SQLException {
        long userId = users.withPoints(100_000);
        TestPayment payment = TestPayment.of(userId, 8_000);
        CompletableFuture<Void> deduction;
        CompletableFuture<Void> refund;

        try (Connection holder = dataSource.getConnection(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("SELECT 1 FROM users WHERE id = " + userId + " FOR UPDATE");
            deduction = CompletableFuture.runAsync(() -> deductPoints.deduct(payment.confirmed()));
            refund = CompletableFuture.runAsync(() -> refundPoints.refund(payment.cancelled()));
            await("both use cases queue on the user's lock").until(() -> blockedSessions() == 2);
            holder.commit();
        }
        CompletableFuture.allOf(deduction, refund).join();

        assertNetZero(payment);
        assertThat(users.balanceOf(userId)).isEqualTo(100_000).isEqualTo(users.ledgerSumOf(userId));
    }

    private void assertNetZero(TestPayment payment) {
        List<Entry> entries = users.ledgerOf(payment.paymentId());
        assertThat(entries).as("payment of %d", payment.amount()).extracting(Entry::type).isIn(List.of(), List.of("USE", "REFUND"));
        assertThat(entries).allSatisfy(entry -> assertThat(entry.amount()).isEqualTo(payment.amount()));
    }

    private CompletableFuture<Void> sendAll(List<Event> events) {
        return CompletableFuture.runAsync(() -> events.forEach(saga::send));
    }

    /** Waiters on one row queue behind each other, so the second is blocked by the first, not by the holder. */
    private long blockedSessions() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND cardinality(pg_blocking_pids(pid)) > 0")
                .query(Long.class).single();
    }
}
