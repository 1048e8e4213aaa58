package dev.concertsaga.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.RestoredTokenStatus;
import dev.concertsaga.events.TokenExpiryReason;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TopicReader;

/** Saga step: PaymentRequested expires the payer's active token, or answers why it cannot. */
@QueueIT
class UseQueueTokenIT {

    @Autowired
    TokenClient client;
    @Autowired
    QueueFixture queue;
    @Autowired
    PaymentTopic payments;

    @Test
    void expires_the_payers_active_token_for_the_payment() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        TokenState active = client.state(token);
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(payment, user, token);

            EventEnvelope<QueueTokenExpired> expired = TokenEvents.first(reader, token, QueueTokenExpired.class);

            assertThat(expired.data()).isEqualTo(new QueueTokenExpired(token, user, TokenExpiryReason.PAYMENT, payment));
            assertThat(expired.sagaId()).isEqualTo(payment);
            assertThat(client.state(token)).isEqualTo(new TokenState(token, user, "EXPIRED", 0, active.activeUntil()));
        }
    }

    @Test
    void refuses_another_users_token_as_not_token_owner_and_leaves_it_active() {
        UUID token = queue.activeToken(TestUsers.next());
        TokenState active = client.state(token);
        long stranger = TestUsers.next();
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(payment, stranger, token);

            assertThat(TokenEvents.first(reader, token, QueueTokenExpiryFailed.class).data())
                    .isEqualTo(new QueueTokenExpiryFailed(token, stranger, payment, FailureReason.NOT_TOKEN_OWNER));
            assertThat(client.state(token)).isEqualTo(active);
        }
    }

    @Test
    void refuses_a_waiting_token_as_not_active_and_leaves_it_waiting() throws Exception {
        long user = TestUsers.next();
        queue.emptyQueue();
        try (AdmissionPause paused = queue.pauseAdmission(); TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            TokenState waiting = client.issue(user);
            UUID payment = UUID.randomUUID();

            payments.request(payment, user, waiting.token());

            assertThat(TokenEvents.first(reader, waiting.token(), QueueTokenExpiryFailed.class).data())
                    .isEqualTo(new QueueTokenExpiryFailed(waiting.token(), user, payment, FailureReason.TOKEN_NOT_ACTIVE));
            assertThat(client.state(waiting.token())).isEqualTo(waiting);
        }
    }

    @Test
    void refuses_an_unknown_token_as_not_active() {
        long user = TestUsers.next();
        UUID unknown = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(payment, user, unknown);

            assertThat(TokenEvents.first(reader, unknown, QueueTokenExpiryFailed.class).data())
                    .isEqualTo(new QueueTokenExpiryFailed(unknown, user, payment, FailureReason.TOKEN_NOT_ACTIVE));
            assertThat(client.get(unknown)).hasStatus(404);
        }
    }

    @Test
    void refuses_a_token_whose_time_ran_out_as_not_active() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        queue.passTheDeadline();
        queue.awaitStatus(token, "EXPIRED");
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(payment, user, token);

            assertThat(TokenEvents.first(reader, token, QueueTokenExpiryFailed.class).data())
                    .isEqualTo(new QueueTokenExpiryFailed(token, user, payment, FailureReason.TOKEN_NOT_ACTIVE));
        }
    }

    @Test
    void refuses_a_token_another_payment_has_used_as_not_active() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            payments.request(first, user, token);
            TokenEvents.first(reader, token, QueueTokenExpired.class);

            payments.request(second, user, token);

            assertThat(TokenEvents.first(reader, token, QueueTokenExpiryFailed.class).data())
                    .isEqualTo(new QueueTokenExpiryFailed(token, user, second, FailureReason.TOKEN_NOT_ACTIVE));
            assertThat(client.state(token).status()).isEqualTo("EXPIRED");
        }
    }

    @Test
    void uses_the_token_once_when_the_request_is_delivered_twice() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        TokenState active = client.state(token);
        UUID payment = UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            EventEnvelope<PaymentRequested> requested = payments.request(payment, user, token);
            payments.send(requested);
            // Same key, so handled after both copies: its event closes the list of what they published.
            payments.cancel(payment, user);

            QueueTokenRestored restored = new QueueTokenRestored(token, user, payment, RestoredTokenStatus.ACTIVE, active.activeUntil());
            assertThat(TokenEvents.sagaEventsUntil(reader, token, restored))
                    .containsExactly(new QueueTokenExpired(token, user, TokenExpiryReason.PAYMENT, payment), restored);
        }
    }
}
