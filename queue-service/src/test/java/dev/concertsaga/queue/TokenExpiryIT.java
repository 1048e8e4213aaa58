package dev.concertsaga.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.TokenExpiryReason;
import dev.concertsaga.events.Topics;
import dev.concertsaga.queue.config.QueueProperties;
import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.testsupport.TopicReader;

/** The expiry schedule ends an active token once its time has run out, and not before. */
@QueueIT
class TokenExpiryIT {

    @Autowired
    TokenClient client;
    @Autowired
    QueueFixture queue;
    @Autowired
    MutableClock clock;
    @Autowired
    QueueProperties properties;

    @Test
    void expires_an_active_token_when_its_time_runs_out_and_publishes_queue_token_expired() {
        long user = TestUsers.next();
        UUID token = queue.activeToken(user);
        TokenState active = client.state(token);
        try (TopicReader reader = TopicReader.fromNow(Topics.QUEUE_TOKEN_EVENTS)) {
            queue.passTheDeadline();

            QueueTokenExpired expired = TokenEvents.first(reader, token, QueueTokenExpired.class).data();

            assertThat(expired).isEqualTo(new QueueTokenExpired(token, user, TokenExpiryReason.TTL, null));
            assertThat(client.state(token)).isEqualTo(new TokenState(token, user, "EXPIRED", 0, active.activeUntil()));
        }
    }

    @Test
    void keeps_a_token_active_until_its_deadline() {
        UUID token = queue.activeToken(TestUsers.next());

        clock.advance(properties.activeTtl().minusMinutes(1));

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> client.state(token).status().equals("ACTIVE"));
    }
}
