package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.events.Uuids;

/** The plumbing's tables live apart from the service's and stay bounded. */
@MessagingIT
class MessagingHousekeepingIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessagingJanitor janitor;
    @Autowired
    CancelledPayments cancelledPayments;
    @Autowired
    DataSource dataSource;

    @Test
    void forgets_applied_event_ids_older_than_the_retention_and_keeps_newer_ones() {
        UUID old = Uuids.timeOrdered();
        UUID recent = Uuids.timeOrdered();
        jdbc.sql("INSERT INTO messaging.inbox (consumer, event_id, processed_at) VALUES ('janitor-test', ?, now() - interval '8 days')").param(old).update();
        jdbc.sql("INSERT INTO messaging.inbox (consumer, event_id, processed_at) VALUES ('janitor-test', ?, now() - interval '6 days')").param(recent).update();

        assertThat(janitor.removeExpired()).isPositive();

        assertThat(jdbc.sql("SELECT event_id FROM messaging.inbox WHERE consumer = 'janitor-test'").query(UUID.class).list())
                .contains(recent).doesNotContain(old);
    }

    @Test
    void keeps_its_tables_and_migration_history_in_a_schema_of_its_own() {
        assertThat(jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'messaging'").query(String.class).list())
                .contains("outbox", "inbox", "flyway_schema_history", "cancelled_payment");
        assertThat(jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").query(String.class).list())
                .contains("applied_effect", "flyway_schema_history").doesNotContain("outbox", "inbox", "cancelled_payment");
    }

    @Test
    void forgets_cancelled_payments_older_than_the_retention_and_keeps_newer_ones() {
        UUID old = cancelledDaysAgo(8);
        UUID recent = cancelledDaysAgo(6);

        assertThat(janitor.removeExpired()).isPositive();

        assertThat(cancelledPayments.isCancelled(old)).isFalse();
        assertThat(cancelledPayments.isCancelled(recent)).isTrue();
    }

    @Test
    void forgets_old_rows_in_batches_until_none_is_left() {
        List<UUID> old = IntStream.range(0, 5).mapToObj(i -> cancelledDaysAgo(8)).toList();
        UUID recent = cancelledDaysAgo(6);
        MessagingJanitor byTwo = new MessagingJanitor(dataSource, List.of(
                new MessagingJanitor.RetainedTable("cancelled_payment", "cancelled_at", Duration.ofDays(7), Duration.ofHours(1), 2)));

        assertThat(byTwo.removeExpired()).isGreaterThanOrEqualTo(old.size());

        assertThat(old).noneMatch(cancelledPayments::isCancelled);
        assertThat(cancelledPayments.isCancelled(recent)).isTrue();
    }

    /** The service's migrations may use the plumbing's tables: the test application's V2 copies a row into one. */
    @Test
    void migrates_its_schema_before_the_services_own_migrations_run() {
        assertThat(cancelledPayments.isCancelled(UUID.fromString("0193a5c1-0000-7000-8000-00000000c0de"))).isTrue();
        Timestamp messagingDone = jdbc.sql("SELECT max(installed_on) FROM messaging.flyway_schema_history").query(Timestamp.class).single();
        Timestamp serviceStarted = jdbc.sql("SELECT min(installed_on) FROM public.flyway_schema_history").query(Timestamp.class).single();
        assertThat(messagingDone).isBeforeOrEqualTo(serviceStarted);
    }

    private UUID cancelledDaysAgo(int days) {
        UUID payment = Uuids.timeOrdered();
        jdbc.sql("INSERT INTO messaging.cancelled_payment (payment_id, cancelled_at) VALUES (?, now() - ? * interval '1 day')")
                .params(payment, days).update();
        return payment;
    }
}
