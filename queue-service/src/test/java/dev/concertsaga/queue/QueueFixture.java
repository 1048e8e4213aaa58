package dev.concertsaga.queue;

import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.queue.config.QueueProperties;
import dev.concertsaga.testsupport.MutableClock;

/** Brings the shared queue into the state a test needs, by the service's own rules rather than by writing its tables. */
class QueueFixture {

    private final TokenClient client;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final MutableClock clock;
    private final Duration pastTheDeadline;

    QueueFixture(TokenClient client, JdbcClient jdbc, DataSource dataSource, MutableClock clock, QueueProperties properties) {
        this.client = client;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.pastTheDeadline = properties.activeTtl().plusSeconds(1);
    }

    /** Frees every slot: moves the clock past the deadline until expiry has ended each active token, and admission each waiting one. */
    void emptyQueue() {
        await().pollInterval(Duration.ofMillis(200)).until(() -> {
            if (count("status IN ('WAITING', 'ACTIVE')") == 0) {
                return true;
            }
            clock.advance(pastTheDeadline);
            return false;
        });
    }

    /** A new active token of {@code userId}, in a queue where every other slot is free. */
    UUID activeToken(long userId) {
        emptyQueue();
        UUID token = client.issue(userId).token();
        awaitStatus(token, "ACTIVE");
        return token;
    }

    void awaitStatus(UUID token, String status) {
        await().until(() -> client.state(token).status().equals(status));
    }

    void passTheDeadline() {
        clock.advance(pastTheDeadline);
    }

    AdmissionPause pauseAdmission() throws SQLException {
        return new AdmissionPause(dataSource);
    }

    /** Waits until the service has applied {@code event}: its effect and the events it answered with are committed. */
    void awaitApplied(EventEnvelope<?> event) {
        await().until(() -> jdbc.sql("SELECT count(*) FROM messaging.inbox WHERE event_id = ?")
                .param(event.eventId()).query(Long.class).single() == 1);
    }

    /** Transactions waiting for the admission lock (or any other advisory lock: tests take no other). */
    long roundsWaitingForAdmission() {
        return jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").query(Long.class).single();
    }

    long activeTokens() {
        return count("status = 'ACTIVE'");
    }

    long tokensOf(long userId) {
        return count("user_id = " + userId);
    }

    long allTokens() {
        return count("true");
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM queue_token WHERE " + condition).query(Long.class).single();
    }
}
