package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

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
    InboxJanitor janitor;

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
                .contains("outbox", "inbox", "flyway_schema_history");
        assertThat(jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").query(String.class).list())
                .contains("applied_effect", "flyway_schema_history").doesNotContain("outbox", "inbox");
    }
}
