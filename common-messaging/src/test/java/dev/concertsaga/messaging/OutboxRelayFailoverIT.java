package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.testapp.AppliedEffects;
import dev.concertsaga.messaging.testapp.ChargePoints;
import dev.concertsaga.messaging.testapp.Faults;
import dev.concertsaga.messaging.testapp.MessagingTestApplication;
import dev.concertsaga.testsupport.RealInfrastructure;
import dev.concertsaga.testsupport.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Relays that crash and relays that run side by side. The application's own relay is off here: each test drives
 * relay instances of its own over this context's database and producer, as separate service instances would.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "messaging.relay.auto-startup=false")
@RealInfrastructure(database = "messaging_relays")
class OutboxRelayFailoverIT {

    private static final MessagingProperties.Relay SHORT_LEASE = settings(20);

    @Autowired
    ChargePoints chargePoints;
    @Autowired
    DataSource dataSource;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    OutboxStore store;
    @Autowired
    AppliedEffects effects;
    @Autowired
    Faults faults;

    private final List<OutboxRelay> started = new java.util.ArrayList<>();

    @AfterEach
    void stopRelays() {
        started.forEach(OutboxRelay::stop);
    }

    @Test
    void sends_again_what_a_relay_sent_but_did_not_mark_and_the_inbox_applies_it_once() {
        long firstUser = TestUsers.reserve(5);
        List<UUID> written = IntStream.range(0, 50).mapToObj(n -> chargePoints.charge(firstUser + n % 5, n + 1).eventId()).toList();
        // Claims and sends one batch, and dies before a claim or a delete of its own removes what the broker acknowledged.
        OutboxRelay dying = new OutboxRelay(store, kafka, settings(50), new SimpleMeterRegistry(), MessageTracing.off());
        try (TopicReader reader = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            assertThat(dying.publishBatch()).isEqualTo(50);
            reader.awaitEvents(e -> written.contains(e.eventId()), 50);
            assertThat(store.backlogSummary().rows()).as("sent, but never marked").isEqualTo(50);

            start(relay(store));

            await().until(() -> store.backlogSummary().rows() == 0);
            reader.awaitEvents(e -> written.contains(e.eventId()), seen -> copies(seen).size() == 50 && copies(seen).values().stream().allMatch(n -> n >= 2));
            await().until(() -> written.stream().allMatch(id -> faults.attempts(id) >= 2));
            assertThat(effects.ofUsers(firstUser, firstUser + 4)).extracting(AppliedEffects.Applied::eventId)
                    .containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @Test
    void two_relays_at_once_lose_nothing_apply_everything_once_and_keep_each_key_in_order() {
        int keys = 100;
        int perKey = 10;
        long firstUser = TestUsers.reserve(keys);
        for (int n = 1; n <= perKey; n++) {
            for (long user = firstUser; user < firstUser + keys; user++) {
                chargePoints.charge(user, n);
            }
        }
        CountingStore firstStore = new CountingStore(dataSource);
        CountingStore secondStore = new CountingStore(dataSource);
        try (TopicReader reader = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            start(relay(firstStore));
            start(relay(secondStore));

            await().until(() -> store.backlogSummary().rows() == 0);
            List<EventEnvelope<Event>> seen = reader.awaitDistinctEvents(e -> OutboxPublishingIT.isUserIn(e, firstUser, keys), keys * perKey);

            Map<Long, List<Long>> firstSightings = new LinkedHashMap<>();
            seen.stream().filter(distinctById()).map(e -> (PointsCharged) e.data())
                    .forEach(c -> firstSightings.computeIfAbsent(c.userId(), u -> new java.util.ArrayList<>()).add(c.amount()));
            List<Long> inOrder = IntStream.rangeClosed(1, perKey).mapToObj(Long::valueOf).toList();
            assertThat(firstSightings).hasSize(keys).allSatisfy((user, amounts) -> assertThat(amounts).isEqualTo(inOrder));
            await().until(() -> effects.ofUsers(firstUser, firstUser + keys - 1).size() == keys * perKey);
            assertThat(effects.ofUsers(firstUser, firstUser + keys - 1)).extracting(AppliedEffects.Applied::eventId).doesNotHaveDuplicates();
            assertThat(List.of(firstStore.published.get(), secondStore.published.get())).as("rows each relay published")
                    .allSatisfy(count -> assertThat(count).isPositive());
        }
    }

    private static Map<UUID, Long> copies(List<EventEnvelope<Event>> events) {
        return events.stream().collect(Collectors.groupingBy(EventEnvelope::eventId, Collectors.counting()));
    }

    private static java.util.function.Predicate<EventEnvelope<Event>> distinctById() {
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        return e -> seen.add(e.eventId());
    }

    private static MessagingProperties.Relay settings(int batchSize) {
        return new MessagingProperties.Relay(Duration.ofMillis(200), batchSize, Duration.ofSeconds(3), Duration.ofSeconds(10), false);
    }

    private OutboxRelay relay(OutboxStore relayStore) {
        return new OutboxRelay(relayStore, kafka, SHORT_LEASE, new SimpleMeterRegistry(), MessageTracing.off());
    }

    /** Counts the rows a relay deleted after the broker acknowledged them, by a claim or on their own. */
    static final class CountingStore extends OutboxStore {

        final AtomicInteger published = new AtomicInteger();

        CountingStore(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        List<OutboxRow> claim(UUID owner, int batch, Duration lease, Collection<Long> published) {
            List<OutboxRow> claimed = super.claim(owner, batch, lease, published);
            this.published.addAndGet(published.size());
            return claimed;
        }

        @Override
        List<OutboxRow> claimCommitted(UUID owner, Collection<Long> ids, int batch, Duration lease, Collection<Long> published) {
            List<OutboxRow> claimed = super.claimCommitted(owner, ids, batch, lease, published);
            this.published.addAndGet(published.size());
            return claimed;
        }

        @Override
        void delete(Collection<Long> ids) {
            super.delete(ids);
            published.addAndGet(ids.size());
        }
    }

    private OutboxRelay start(OutboxRelay relay) {
        relay.start();
        started.add(relay);
        return relay;
    }
}
