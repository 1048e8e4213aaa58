package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.events.Uuids;

/** The record of cancelled payments: each remembered once, at its first cancellation, with the caller's transaction. */
@MessagingIT
class CancelledPaymentsIT {

    @Autowired
    CancelledPayments cancelledPayments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void records_a_cancellation_once_and_says_so_when_it_was_recorded_before() {
        UUID payment = Uuids.timeOrdered();
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertThat(cancelledPayments.record(payment, first)).isTrue();
        assertThat(cancelledPayments.record(payment, first.plusSeconds(60))).isFalse();

        assertThat(cancelledAt(payment)).isEqualTo(first);
    }

    @Test
    void knows_a_payment_as_cancelled_only_once_it_is_recorded() {
        UUID payment = Uuids.timeOrdered();
        assertThat(cancelledPayments.isCancelled(payment)).isFalse();

        cancelledPayments.record(payment, Instant.now());

        assertThat(cancelledPayments.isCancelled(payment)).isTrue();
        assertThat(cancelledPayments.isCancelled(Uuids.timeOrdered())).isFalse();
    }

    @Test
    void forgets_a_cancellation_whose_transaction_rolled_back() {
        UUID payment = Uuids.timeOrdered();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(cancelledPayments.record(payment, Instant.now())).isTrue();
            assertThat(cancelledPayments.isCancelled(payment)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(cancelledPayments.isCancelled(payment)).isFalse();
        assertThat(cancelledPayments.record(payment, Instant.now())).isTrue();
    }

    private Instant cancelledAt(UUID payment) {
        return jdbc.sql("SELECT cancelled_at FROM messaging.cancelled_payment WHERE payment_id = ?").param(payment)
                .query(OffsetDateTime.class).single().toInstant();
    }
}
