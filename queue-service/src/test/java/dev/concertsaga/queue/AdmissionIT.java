package dev.concertsaga.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.Topics;
import dev.concertsaga.queue.application.AdmitWaitingTokens;
import dev.concertsaga.queue.config.QueueProperties;
import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.testsupport.TopicReader;

/** The admission schedule lets waiting tokens in, in issue order, and never more than max-active at once. */
@QueueIT
class AdmissionIT {

    @Autowired
    TokenClient client;
    @Autowired
    QueueFixture queue;
    @Autowired
    QueueProperties properties;
    @Autowired
    MutableClock clock;
    @Autowired
    AdmitWaitingTokens admitWaitingTokens;

    @Test
    void admits_waiting_tokens_in_issue_order_and_never_beyond_max_active() throws Exception {
        int maxActive = properties.maxActive();
        queue.emptyQueue();
        List<UUID> tokens;
        try (AdmissionPause paused = queue.pauseAdmission()) {
            tokens = issueTokens(maxActive + 2);
        }

        tokens.subList(0, maxActive).forEach(token -> queue.awaitStatus(token, "ACTIVE"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> queue.activeTokens() == maxActive);
        assertThat(tokens.subList(maxActive, maxActive + 2)).extracting(client::state)
                .extracting(TokenState::status, TokenState::position)
                .containsExactly(tuple("WAITING", 1L), tuple("WAITING", 2L));

        queue.passTheDeadline();
        tokens.subList(maxActive, maxActive + 2).forEach(token -> queue.awaitStatus(token, "ACTIVE"));
    }

    @Test
    void admits_no_more_than_max_active_when_admission_rounds_run_at_once() throws Exception {
        queue.emptyQueue();
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            try (AdmissionPause paused = queue.pauseAdmission()) {
                issueTokens(properties.maxActive() + 2);
                IntStream.range(0, 4).forEach(i -> rounds.add(instances.submit(() -> admitWaitingTokens.admitUpTo(100))));
                // Started: each either waits for the lock or, were there no lock, has already run.
                await().until(() -> queue.roundsWaitingForAdmission() + rounds.stream().filter(Future::isDone).count() >= rounds.size());
            }

            int admitted = 0;
            for (Future<Integer> round : rounds) {
                admitted += round.get();
            }
            assertThat(admitted).isLessThanOrEqualTo(properties.maxActive());
            assertThat(queue.activeTokens()).isEqualTo(properties.maxActive());
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void publishes_queue_token_activated_with_the_deadline() {
        long user = TestUsers.next();
        queue.emptyQueue();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            Instant earliest = clock.instant().plus(properties.activeTtl()).truncatedTo(ChronoUnit.MILLIS);
            UUID token = client.issue(user).token();

            EventEnvelope<QueueTokenActivated> activated = TokenEvents.first(reader, token, QueueTokenActivated.class);

            Instant deadline = client.state(token).activeUntil();
            assertThat(activated.data()).isEqualTo(new QueueTokenActivated(token, user, deadline));
            assertThat(deadline).isBetween(earliest, clock.instant().plus(properties.activeTtl()));
            assertThat(activated.sagaId()).isNull();
        }
    }

    private List<UUID> issueTokens(int count) {
        return Stream.generate(TestUsers::next).limit(count).map(user -> client.issue(user).token()).toList();
    }
}
