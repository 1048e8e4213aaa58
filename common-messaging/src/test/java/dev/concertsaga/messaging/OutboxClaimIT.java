package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.messaging.testapp.ChargePoints;
import dev.concertsaga.messaging.testapp.MessagingTestApplication;
import dev.concertsaga.testsupport.RealInfrastructure;

/**
 * The relay's claim of the rows handed over at commit, statement by statement. The application's relay is off, so
 * nothing but these claims touches the rows.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "messaging.relay.auto-startup=false")
@RealInfrastructure(database = "messaging_relays")
class OutboxClaimIT {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Autowired
    ChargePoints chargePoints;
    @Autowired
    OutboxStore store;
    @Autowired
    DataSource dataSource;

    @Test
    void leases_the_handed_over_rows_and_the_later_rows_of_their_keys_oldest_first() {
        long user = TestUsers.reserve(2);
        long first = rowOf(chargePoints.charge(user, 1).eventId());
        long second = rowOf(chargePoints.charge(user, 2).eventId());
        long other = rowOf(chargePoints.charge(user + 1, 3).eventId());
        UUID relay = UUID.randomUUID();

        List<OutboxRow> claimed = store.claimCommitted(relay, List.of(other, first), 10, LEASE, List.of());

        assertThat(claimed).extracting(OutboxRow::id).containsExactly(first, second, other);
        assertThat(leaseOwner(second)).isEqualTo(relay);
        store.delete(List.of(first, second, other));
    }

    @Test
    void leaves_a_row_whose_key_has_an_older_row_in_another_relays_hands_until_that_one_is_gone() {
        long user = TestUsers.reserve(1);
        long older = rowOf(chargePoints.charge(user, 1).eventId());
        assertThat(store.claimCommitted(UUID.randomUUID(), List.of(older), 10, LEASE, List.of())).hasSize(1);
        long newer = rowOf(chargePoints.charge(user, 2).eventId());
        UUID relay = UUID.randomUUID();

        assertThat(store.claimCommitted(relay, List.of(newer), 10, LEASE, List.of())).as("the older row is still being published").isEmpty();

        store.delete(List.of(older));
        assertThat(store.claimCommitted(relay, List.of(newer), 10, LEASE, List.of())).extracting(OutboxRow::id).containsExactly(newer);
        store.delete(List.of(newer));
    }

    @Test
    void deletes_the_rows_a_relay_published_and_takes_up_the_next_row_of_their_key_in_the_same_statement() {
        long user = TestUsers.reserve(1);
        UUID relay = UUID.randomUUID();
        long older = rowOf(chargePoints.charge(user, 1).eventId());
        assertThat(store.claimCommitted(relay, List.of(older), 10, LEASE, List.of())).hasSize(1);
        long newer = rowOf(chargePoints.charge(user, 2).eventId());

        assertThat(store.claimCommitted(relay, List.of(newer), 10, LEASE, List.of(older))).extracting(OutboxRow::id).containsExactly(newer);

        assertThat(rowsLeft(older, newer)).containsExactly(newer);
        long newest = rowOf(chargePoints.charge(user, 3).eventId());
        List<Long> looked = store.claim(relay, 100, LEASE, List.of(newer)).stream().map(OutboxRow::id).toList();
        assertThat(looked).as("a look through the table").contains(newest).doesNotContain(newer);
        assertThat(rowsLeft(older, newer, newest)).containsExactly(newest);
        store.delete(List.of(newest));
        store.release(relay, looked);
    }

    @Test
    void leaves_rows_another_relay_holds_and_rows_already_gone() {
        long user = TestUsers.reserve(2);
        long held = rowOf(chargePoints.charge(user, 1).eventId());
        long gone = rowOf(chargePoints.charge(user + 1, 1).eventId());
        store.claimCommitted(UUID.randomUUID(), List.of(held), 10, LEASE, List.of());
        store.delete(List.of(gone));

        assertThat(store.claimCommitted(UUID.randomUUID(), List.of(held, gone), 10, LEASE, List.of())).isEmpty();
        store.delete(List.of(held));
    }

    @Test
    void numbers_the_rows_of_one_transaction_in_the_order_it_added_them() {
        long user = TestUsers.reserve(2);

        List<EventEnvelope<PointsCharged>> added = chargePoints.chargeEach(List.of(user + 1, user, user + 1, user), 7);

        List<Long> rows = added.stream().map(event -> rowOf(event.eventId())).toList();
        assertThat(rows).isSorted().doesNotHaveDuplicates();
        store.delete(rows);
    }

    private long rowOf(UUID eventId) {
        return JdbcClient.create(dataSource).sql("SELECT id FROM messaging.outbox WHERE event_id = ?").param(eventId).query(Long.class).single();
    }

    private List<Long> rowsLeft(Long... ids) {
        return JdbcClient.create(dataSource).sql("SELECT id FROM messaging.outbox WHERE id = ANY (?) ORDER BY id").param(ids).query(Long.class).list();
    }

    private UUID leaseOwner(long id) {
        return JdbcClient.create(dataSource).sql("SELECT lease_owner FROM messaging.outbox WHERE id = ?").param(id).query(UUID.class).single();
    }
}
