package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.PointsDeductionFailed;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.testapp.AppliedEffects;
import dev.concertsaga.messaging.testapp.Faults;
import dev.concertsaga.testsupport.TopicReader;
import dev.concertsaga.testsupport.TopicWriter;

/** Bad input goes to the dead-letter topic and the partition moves on; a transient failure is retried, never skipped. */
@MessagingIT
class ConsumerErrorHandlingIT {

    private static final String DLT = Topics.deadLetter(Topics.POINT_EVENTS);

    static TopicWriter writer;

    @Autowired
    AppliedEffects effects;
    @Autowired
    Faults faults;

    @BeforeAll
    static void openWriter() {
        writer = new TopicWriter();
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json at all",
            "{\"eventId\":\"0193a5c2-7d1e-7b3a-9f00-000000000001\",\"type\":\"PointsGifted\",\"version\":1,\"occurredAt\":\"2026-11-21T10:15:30.123Z\",\"sagaId\":null,\"data\":{}}",
            "{\"eventId\":\"0193a5c2-7d1e-7b3a-9f00-000000000001\",\"type\":\"PointsCharged\",\"version\":1,\"occurredAt\":\"2026-11-21T10:15:30.123Z\",\"sagaId\":null,\"data\":{\"userId\":7}}"})
    void sends_a_record_that_cannot_be_read_to_the_dead_letter_topic_and_processes_the_next(String poison) {
        long user = TestUsers.reserve(1);
        String key = Long.toString(user);
        try (TopicReader deadLetters = TopicReader.fromNow(DLT)) {
            writer.send(Topics.POINT_EVENTS, key, poison.getBytes(StandardCharsets.UTF_8), Map.of());
            EventEnvelope<PointsCharged> next = charged(user, 10);
            writer.send(next);

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(r -> key.equals(r.key()), 1).get(0);

            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo(poison);
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.POINT_EVENTS);
            assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
            assertThat(header(dead, "dlt-error")).startsWith("MalformedEventException: ");
            await().until(() -> effects.ofUser(user).size() == 1);
            assertThat(effects.ofUser(user)).extracting(AppliedEffects.Applied::eventId).containsExactly(next.eventId());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void says_plainly_that_a_record_without_a_value_has_none_and_names_the_group_that_rejected_it(boolean tombstone) {
        long user = TestUsers.reserve(1);
        String key = Long.toString(user);
        try (TopicReader deadLetters = TopicReader.fromNow(DLT)) {
            writer.send(Topics.POINT_EVENTS, key, tombstone ? null : new byte[0], Map.of());
            EventEnvelope<PointsCharged> next = charged(user, 10);
            writer.send(next);

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(r -> key.equals(r.key()), 1).get(0);

            assertThat(header(dead, "dlt-error")).isEqualTo("MalformedEventException: a record on point-events has no value");
            assertThat(header(dead, "kafka_dlt-original-consumer-group")).isNotBlank();
            await().until(() -> effects.ofUser(user).size() == 1);
        }
    }

    @Test
    void applies_the_events_around_bad_ones_in_a_burst_once_each_and_in_order() {
        long user = TestUsers.reserve(1);
        String key = Long.toString(user);
        List<EventEnvelope<PointsCharged>> good = IntStream.rangeClosed(1, 6).mapToObj(n -> charged(user, n)).toList();
        faults.rejectAsInvalid(good.get(3).eventId());
        try (TopicReader deadLetters = TopicReader.fromNow(DLT)) {
            writer.send(good.get(0));
            writer.send(good.get(1));
            writer.send(Topics.POINT_EVENTS, key, "not json".getBytes(StandardCharsets.UTF_8), Map.of());
            writer.send(good.get(2));
            writer.send(good.get(3));
            writer.send(good.get(4));
            writer.send(good.get(1));
            writer.send(good.get(5));

            deadLetters.awaitRecords(r -> key.equals(r.key()), 2);
            await().until(() -> effects.ofUser(user).size() == 5);
            assertThat(effects.ofUser(user)).extracting(AppliedEffects.Applied::eventId).containsExactly(
                    good.get(0).eventId(), good.get(1).eventId(), good.get(2).eventId(), good.get(4).eventId(), good.get(5).eventId());
            assertThat(faults.applications(good.get(3).eventId())).as("tried once, then dead-lettered").isEqualTo(1);
        }
    }

    @Test
    void sends_an_event_published_on_the_wrong_topic_to_the_dead_letter_topic() {
        long user = TestUsers.reserve(1);
        try (TopicReader deadLetters = TopicReader.fromNow(DLT)) {
            EventEnvelope<PointsDeductionFailed> misplaced = EventEnvelope.of(
                    new PointsDeductionFailed(user, UUID.randomUUID(), FailureReason.INSUFFICIENT_POINTS), Instant.now());
            writer.send(Topics.POINT_EVENTS, Long.toString(user), new EventJson().write(misplaced),
                    Map.of("event-type", "PointsCharged"));

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(r -> Long.toString(user).equals(r.key()), 1).get(0);

            assertThat(header(dead, "dlt-error")).contains("does not match type PointsDeductionFailed");
        }
    }

    @Test
    void sends_an_event_its_handler_rejects_as_invalid_to_the_dead_letter_topic_without_retrying() {
        long user = TestUsers.reserve(1);
        EventEnvelope<PointsCharged> rejected = charged(user, 10);
        EventEnvelope<PointsCharged> next = charged(user, 20);
        faults.rejectAsInvalid(rejected.eventId());
        try (TopicReader deadLetters = TopicReader.fromNow(DLT)) {
            writer.send(rejected);
            writer.send(next);

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(r -> Long.toString(user).equals(r.key()), 1).get(0);

            assertThat(header(dead, "dlt-error")).isEqualTo("InvalidEventException: event " + rejected.eventId() + " contradicts the contract");
            await().until(() -> effects.ofUser(user).size() == 1);
            assertThat(effects.ofUser(user)).extracting(AppliedEffects.Applied::eventId).containsExactly(next.eventId());
            assertThat(faults.attempts(rejected.eventId())).isEqualTo(1);
        }
    }

    @Test
    void retries_a_transient_failure_until_it_clears_then_applies_the_event_once_and_in_order() {
        long user = TestUsers.reserve(1);
        EventEnvelope<PointsCharged> flaky = charged(user, 10);
        EventEnvelope<PointsCharged> next = charged(user, 20);
        faults.failTransiently(flaky.eventId(), 5);
        try (TopicReader deadLetters = TopicReader.fromNow(DLT)) {
            writer.send(flaky);
            writer.send(next);

            await().until(() -> effects.ofUser(user).size() == 2);

            assertThat(effects.ofUser(user)).extracting(AppliedEffects.Applied::eventId).containsExactly(flaky.eventId(), next.eventId());
            assertThat(faults.attempts(flaky.eventId())).isEqualTo(6);
            assertThat(deadLetters.records(r -> Long.toString(user).equals(r.key()))).as("dead-lettered").isEmpty();
        }
    }

    @Test
    void applies_an_event_delivered_twice_only_once() {
        long user = TestUsers.reserve(1);
        EventEnvelope<PointsCharged> twice = charged(user, 10);
        EventEnvelope<PointsCharged> after = charged(user, 20);

        writer.send(twice);
        writer.send(twice);
        writer.send(after);

        await().until(() -> effects.ofUser(user).size() == 2);
        assertThat(effects.ofUser(user)).extracting(AppliedEffects.Applied::eventId).containsExactly(twice.eventId(), after.eventId());
        assertThat(faults.attempts(twice.eventId())).isEqualTo(2);
    }

    @Test
    void runs_listeners_on_background_threads() {
        long user = TestUsers.reserve(1);
        writer.send(charged(user, 10));

        await().until(() -> effects.ofUser(user).size() == 1);
        assertThat(effects.ofUser(user)).allSatisfy(applied -> assertThat(applied.onBackgroundThread()).isTrue());
    }

    private static EventEnvelope<PointsCharged> charged(long user, long amount) {
        return EventEnvelope.of(new PointsCharged(user, amount, amount), Instant.now());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        assertThat(record.headers().lastHeader(name)).as("header %s", name).isNotNull();
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
