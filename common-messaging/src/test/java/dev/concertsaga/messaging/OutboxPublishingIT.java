package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.testapp.AppliedEffects;
import dev.concertsaga.messaging.testapp.ChargePoints;
import dev.concertsaga.testsupport.TopicReader;

@MessagingIT
class OutboxPublishingIT {

    @Autowired
    ChargePoints chargePoints;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxStore store;
    @Autowired
    AppliedEffects effects;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void publishes_every_committed_event_once_in_commit_order_per_key() throws Exception {
        int keys = 10;
        int perKey = 100;
        long firstUser = TestUsers.reserve(keys);
        try (TopicReader reader = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            ExecutorService writers = Executors.newFixedThreadPool(keys);
            List<Future<?>> done = LongStream.range(firstUser, firstUser + keys)
                    .mapToObj(user -> writers.submit(() -> IntStream.rangeClosed(1, perKey).forEach(n -> chargePoints.charge(user, n))))
                    .collect(Collectors.toList());
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();

            List<EventEnvelope<Event>> published = reader.awaitEvents(e -> isUserIn(e, firstUser, keys), keys * perKey);

            assertThat(published).hasSize(keys * perKey);
            assertThat(published).extracting(EventEnvelope::eventId).doesNotHaveDuplicates();
            Map<Long, List<Long>> amountsByUser = published.stream().map(e -> (PointsCharged) e.data())
                    .collect(Collectors.groupingBy(PointsCharged::userId, Collectors.mapping(PointsCharged::amount, Collectors.toList())));
            List<Long> inCommitOrder = LongStream.rangeClosed(1, perKey).boxed().toList();
            assertThat(amountsByUser).hasSize(keys).allSatisfy((user, amounts) -> assertThat(amounts).isEqualTo(inCommitOrder));
        }
    }

    /**
     * A transaction's rows are written at its commit, each key locked in turn: writers adding events of the same keys
     * in opposite orders must neither deadlock nor reorder a key's events.
     */
    @Test
    void writers_of_the_same_keys_in_different_orders_all_commit_and_keep_each_keys_order() throws Exception {
        int keys = 4;
        int writers = 6;
        int transactions = 40;
        long firstUser = TestUsers.reserve(keys);
        List<Long> users = LongStream.range(firstUser, firstUser + keys).boxed().toList();
        try (TopicReader reader = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = IntStream.range(0, writers)
                    .mapToObj(writer -> pool.submit(() -> IntStream.rangeClosed(1, transactions).forEach(n -> {
                        List<Long> order = new ArrayList<>(users);
                        Collections.rotate(order, writer + n);
                        if ((writer + n) % 2 == 0) {
                            Collections.reverse(order);
                        }
                        chargePoints.chargeEach(order, writer * 1_000L + n);
                    })))
                    .collect(Collectors.toList());
            for (Future<?> writer : done) {
                writer.get();
            }
            pool.shutdown();

            List<EventEnvelope<Event>> published = reader.awaitEvents(e -> isUserIn(e, firstUser, keys), keys * writers * transactions);

            assertThat(published).extracting(EventEnvelope::eventId).doesNotHaveDuplicates().hasSize(keys * writers * transactions);
            Map<Long, Map<Long, List<Long>>> byUserThenWriter = published.stream().map(e -> (PointsCharged) e.data())
                    .collect(Collectors.groupingBy(PointsCharged::userId, Collectors.groupingBy(charged -> charged.amount() / 1_000,
                            Collectors.mapping(charged -> charged.amount() % 1_000, Collectors.toList()))));
            List<Long> inCommitOrder = LongStream.rangeClosed(1, transactions).boxed().toList();
            assertThat(byUserThenWriter).hasSize(keys).allSatisfy((user, byWriter) ->
                    assertThat(byWriter).hasSize(writers).allSatisfy((writer, amounts) -> assertThat(amounts).isEqualTo(inCommitOrder)));
        }
    }

    @Test
    void publishes_the_wire_format_with_the_type_header_and_the_aggregate_key() {
        long user = TestUsers.reserve(1);
        try (TopicReader reader = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            EventEnvelope<PointsCharged> written = chargePoints.charge(user, 250);

            ConsumerRecord<String, byte[]> record = reader.awaitRecords(r -> r.key().equals(Long.toString(user)), 1).get(0);

            assertThat(new EventJson().read(record.value())).isEqualTo(written);
            assertThat(new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8)).isEqualTo("PointsCharged");
        }
    }

    @Test
    void publishes_nothing_for_a_transaction_that_rolled_back() {
        long user = TestUsers.reserve(1);
        try (TopicReader reader = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            assertThatThrownBy(() -> chargePoints.chargeThenFail(user, 666)).isInstanceOf(IllegalStateException.class);
            chargePoints.charge(user, 1);

            // Events of one key arrive in commit order: once the later event is here, the rolled-back one never will be.
            reader.awaitEvents(e -> isUserIn(e, user, 1) && ((PointsCharged) e.data()).amount() == 1, 1);
            assertThat(reader.events(e -> isUserIn(e, user, 1))).extracting(e -> ((PointsCharged) e.data()).amount()).containsExactly(1L);
            await().until(() -> effects.ofUser(user).size() == 1);
            assertThat(effects.ofUser(user)).extracting(AppliedEffects.Applied::amount).containsExactly(1L);
        }
    }

    @Test
    void refuses_an_event_added_after_the_transactions_events_were_written_and_rolls_the_transaction_back() {
        long user = TestUsers.reserve(1);
        try (TopicReader reader = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                outbox.add(new PointsCharged(user, 666, 666));
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        outbox.add(new PointsCharged(user, 667, 667));
                    }
                });
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("PointsCharged");
            chargePoints.charge(user, 1);

            reader.awaitEvents(e -> isUserIn(e, user, 1) && ((PointsCharged) e.data()).amount() == 1, 1);
            assertThat(reader.events(e -> isUserIn(e, user, 1))).extracting(e -> ((PointsCharged) e.data()).amount()).containsExactly(1L);
        }
    }

    @Test
    void refuses_an_event_outside_a_transaction() {
        assertThatThrownBy(() -> outbox.add(new PointsCharged(TestUsers.reserve(1), 1, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
    }

    @Test
    void deletes_what_it_published_so_the_table_holds_only_the_backlog() {
        long firstUser = TestUsers.reserve(20);
        List<EventEnvelope<PointsCharged>> written = LongStream.range(firstUser, firstUser + 20)
                .mapToObj(user -> chargePoints.charge(user, 5)).toList();

        await().until(() -> effects.ofUsers(firstUser, firstUser + 19).size() == 20);
        await().until(() -> store.backlogSummary().rows() == 0);
        assertThat(effects.ofUsers(firstUser, firstUser + 19)).extracting(AppliedEffects.Applied::eventId)
                .containsExactlyInAnyOrderElementsOf(written.stream().map(EventEnvelope::eventId).toList());
    }

    static boolean isUserIn(EventEnvelope<Event> event, long firstUser, int count) {
        return event.data() instanceof PointsCharged charged && charged.userId() >= firstUser && charged.userId() < firstUser + count;
    }
}
