package dev.concertsaga.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.RestoredTokenStatus;
import dev.concertsaga.events.TokenExpiryReason;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.testsupport.TopicReader;

/** Compensation: PaymentCancelled gives back the token that payment used, as it was, and touches nothing else. */
@QueueIT
class RevertQueueTokenIT {

    @Autowired
    TokenClient client;
    @Autowired
    QueueFixture queue;
    @Autowired
    PaymentTopic payments;
    @Autowired
    MutableClock clock;

    @Test
    void gives_the_token_back_until_its_original_deadline_when_the_payment_is_cancelled() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        TokenState active = client.state(token);
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(payment, user, token);
            TokenEvents.first(reader, token, QueueTokenExpired.class);
            clock.advance(Duration.ofMinutes(1));

            payments.cancel(payment, user);

            assertThat(TokenEvents.first(reader, token, QueueTokenRestored.class).data())
                    .isEqualTo(new QueueTokenRestored(token, user, payment, RestoredTokenStatus.ACTIVE, active.activeUntil()));
            assertThat(client.state(token)).isEqualTo(active);
        }
    }

    @Test
    void leaves_the_token_expired_when_its_original_deadline_has_passed() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        TokenState active = client.state(token);
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(payment, user, token);
            TokenEvents.first(reader, token, QueueTokenExpired.class);
            queue.passTheDeadline();

            payments.cancel(payment, user);

            assertThat(TokenEvents.first(reader, token, QueueTokenRestored.class).data())
                    .isEqualTo(new QueueTokenRestored(token, user, payment, RestoredTokenStatus.EXPIRED, active.activeUntil()));
            assertThat(client.state(token)).isEqualTo(new TokenState(token, user, "EXPIRED", 0, active.activeUntil()));
        }
    }

    @Test
    void leaves_the_token_expired_when_the_user_has_taken_a_new_one_since() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        TokenState active = client.state(token);
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(payment, user, token);
            TokenEvents.first(reader, token, QueueTokenExpired.class);
            TokenState renewed = client.issue(user);

            payments.cancel(payment, user);

            assertThat(TokenEvents.first(reader, token, QueueTokenRestored.class).data())
                    .isEqualTo(new QueueTokenRestored(token, user, payment, RestoredTokenStatus.EXPIRED, active.activeUntil()));
            assertThat(client.state(token).status()).isEqualTo("EXPIRED");
            assertThat(client.state(renewed.token()).status()).isIn("WAITING", "ACTIVE");
        }
    }

    @Test
    void changes_nothing_when_the_cancelled_payment_never_used_the_token() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            queue.awaitApplied(payments.cancel(UUID.randomUUID(), user));

            QueueTokenExpired usedLater = useToken(user, token);

            assertThat(TokenEvents.sagaEventsUntil(reader, token, usedLater)).containsExactly(usedLater);
        }
    }

    @Test
    void changes_nothing_when_the_cancelled_payment_could_not_use_the_token() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        long stranger = TestUsers.next();
        UUID refused = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(refused, stranger, token);
            queue.awaitApplied(payments.cancel(refused, stranger));

            QueueTokenExpired usedLater = useToken(user, token);

            assertThat(TokenEvents.sagaEventsUntil(reader, token, usedLater)).containsExactly(
                    new QueueTokenExpiryFailed(token, stranger, refused, FailureReason.NOT_TOKEN_OWNER), usedLater);
        }
    }

    @Test
    void does_not_let_a_second_payments_cancellation_revert_the_first_payments_use() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        TokenState active = client.state(token);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(first, user, token);
            TokenEvents.first(reader, token, QueueTokenExpired.class);
            payments.request(second, user, token);
            queue.awaitApplied(payments.cancel(second, user));
            assertThat(client.state(token).status()).isEqualTo("EXPIRED");

            payments.cancel(first, user);

            QueueTokenRestored restored = new QueueTokenRestored(token, user, first, RestoredTokenStatus.ACTIVE, active.activeUntil());
            assertThat(TokenEvents.sagaEventsUntil(reader, token, restored)).containsExactly(
                    new QueueTokenExpired(token, user, TokenExpiryReason.PAYMENT, first),
                    new QueueTokenExpiryFailed(token, user, second, FailureReason.TOKEN_NOT_ACTIVE),
                    restored);
        }
    }

    @Test
    void refuses_a_request_that_arrives_after_its_payments_cancellation() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.cancel(payment, user);
            queue.awaitApplied(payments.request(payment, user, token));
            assertThat(client.state(token).status()).isEqualTo("ACTIVE");

            QueueTokenExpired usedLater = useToken(user, token);

            assertThat(TokenEvents.sagaEventsUntil(reader, token, usedLater)).containsExactly(usedLater);
        }
    }

    @Test
    void gives_the_token_back_once_when_the_cancellation_is_delivered_twice() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        TokenState active = client.state(token);
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            EventEnvelope<PaymentRequested> requested = payments.request(payment, user, token);
            EventEnvelope<PaymentCancelled> cancelled = payments.cancel(payment, user);
            payments.send(cancelled);
            // Same key as both copies, so applied after them.
            queue.awaitApplied(payments.send(EventEnvelope.of(requested.data(), clock.instant())));

            QueueTokenExpired usedLater = useToken(user, token);

            assertThat(TokenEvents.sagaEventsUntil(reader, token, usedLater)).containsExactly(
                    new QueueTokenExpired(token, user, TokenExpiryReason.PAYMENT, payment),
                    new QueueTokenRestored(token, user, payment, RestoredTokenStatus.ACTIVE, active.activeUntil()),
                    usedLater);
        }
    }

    /** Has a new payment use the token: what it publishes closes the list of what was published about the token before. */
    private QueueTokenExpired useToken(long user, UUID token) {
        UUID payment = UUID.randomUUID();
        payments.request(payment, user, token);
        return new QueueTokenExpired(token, user, TokenExpiryReason.PAYMENT, payment);
    }
}
