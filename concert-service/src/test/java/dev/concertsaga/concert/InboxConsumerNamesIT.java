package dev.concertsaga.concert;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import dev.concertsaga.concert.application.QueueTokenStore;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.TokenExpiryReason;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.testsupport.TestInfrastructure;

/** The inbox consumers were named concert.<topic> before V4 and concert-service.<topic> since: nothing is applied twice. */
@ConcertServiceIT
class InboxConsumerNamesIT {

    private static final String RENAME = "db/migration/concert/V4__inbox_consumer_names.sql";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestEvents events;
    @Autowired
    QueueTokenStore tokens;
    @Autowired
    MutableClock clock;

    private final long user = TestUsers.next();

    record Applied(String consumer, UUID eventId) {
    }

    @Test
    void moves_the_event_ids_applied_under_the_old_consumer_names_to_the_new_ones_when_migrating_from_v3() {
        DataSource upgraded = freshDatabase();
        migrate(upgraded, "3");
        JdbcClient db = JdbcClient.create(upgraded);
        UUID payment = Uuids.timeOrdered();
        UUID token = Uuids.timeOrdered();
        UUID both = Uuids.timeOrdered();
        UUID foreign = Uuids.timeOrdered();
        Instant processedAt = Instant.parse("2026-11-30T10:15:30.123Z");
        applied(db, "concert.payment-events", payment, processedAt);
        applied(db, "concert.queue-token-events", token, processedAt);
        applied(db, "concert.payment-events", both, processedAt);
        applied(db, "concert-service.payment-events", both, processedAt.plusSeconds(1));
        applied(db, "someone-else.payment-events", foreign, processedAt);

        migrate(upgraded, "latest");

        assertThat(db.sql("SELECT consumer, event_id FROM messaging.inbox").query(Applied.class).list()).containsExactlyInAnyOrder(
                new Applied("concert-service.payment-events", payment),
                new Applied("concert-service.queue-token-events", token),
                new Applied("concert-service.payment-events", both),
                new Applied("someone-else.payment-events", foreign));
        assertThat(db.sql("SELECT processed_at FROM messaging.inbox WHERE event_id = ?").param(payment).query(Timestamp.class).single().toInstant())
                .isEqualTo(processedAt);
        assertThat(db.sql("SELECT processed_at FROM messaging.inbox WHERE event_id = ?").param(both).query(Timestamp.class).single().toInstant())
                .isEqualTo(processedAt.plusSeconds(1));
    }

    @Test
    void skips_an_event_applied_under_the_old_consumer_name_when_it_is_delivered_again_after_the_upgrade() {
        EventEnvelope<QueueTokenActivated> appliedBefore = activation();
        appliedNow("concert.queue-token-events", appliedBefore.eventId());
        new ResourceDatabasePopulator(new ClassPathResource(RENAME)).execute(dataSource);
        // Recorded under the old name after the rename, as if the migration had not run: this one is applied again.
        EventEnvelope<QueueTokenActivated> notMigrated = activation();
        appliedNow("concert.queue-token-events", notMigrated.eventId());

        events.send(appliedBefore);
        events.send(notMigrated);
        // Behind each activation on its token's partition: once these are applied, so is (or is skipped) the activation.
        events.sendAndAwait(new QueueTokenExpired(appliedBefore.data().token(), user, TokenExpiryReason.TTL, null));
        events.awaitApplied(notMigrated);

        assertThat(tokens.find(appliedBefore.data().token())).isEmpty();
        assertThat(tokens.find(notMigrated.data().token())).isPresent();
    }

    private EventEnvelope<QueueTokenActivated> activation() {
        return EventEnvelope.of(new QueueTokenActivated(Uuids.timeOrdered(), user, clock.instant().plus(Duration.ofMinutes(10))), clock.instant());
    }

    /** Applied just now by the database's clock, so that the janitor's retention leaves it alone whatever the test clock says. */
    private void appliedNow(String consumer, UUID eventId) {
        jdbc.sql("INSERT INTO messaging.inbox (consumer, event_id) VALUES (?, ?)").params(consumer, eventId).update();
    }

    private static void applied(JdbcClient db, String consumer, UUID eventId, Instant at) {
        db.sql("INSERT INTO messaging.inbox (consumer, event_id, processed_at) VALUES (?, ?, ?)")
                .params(consumer, eventId, Timestamp.from(at)).update();
    }

    /** Migrates as the service does at start-up: the messaging schema first, then the service's own history. */
    private static void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database).schemas("messaging").createSchemas(true).locations("classpath:db/messaging").load().migrate();
        Flyway.configure().dataSource(database).locations("classpath:db/migration/concert").target(target).load().migrate();
    }

    private static DataSource freshDatabase() {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        String name = "concert_upgrade_" + Long.toString(System.nanoTime(), 36);
        return new DriverManagerDataSource(infrastructure.jdbcUrl(name), infrastructure.username(), infrastructure.password());
    }
}
