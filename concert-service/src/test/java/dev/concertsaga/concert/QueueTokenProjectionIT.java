package dev.concertsaga.concert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.concert.application.QueueTokenStore;
import dev.concertsaga.concert.domain.QueueToken;
import dev.concertsaga.concert.domain.QueueTokenStatus;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.QueueTokenExpiryFailed;
import dev.concertsaga.events.QueueTokenRestored;
import dev.concertsaga.events.RestoredTokenStatus;
import dev.concertsaga.events.TokenExpiryReason;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.testsupport.MutableClock;

/** The local view of queue tokens follows queue-token-events. */
@ConcertServiceIT
class QueueTokenProjectionIT {

    @Autowired
    TestEvents events;
    @Autowired
    QueueTokenStore tokens;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private final UUID token = Uuids.timeOrdered();
    private final long user = TestUsers.next();

    @Test
    void knows_an_activated_token_as_active_until_its_deadline() {
        Instant activeUntil = activeUntil();
        events.sendAndAwait(new QueueTokenActivated(token, user, activeUntil));

        assertThat(tokens.find(token)).contains(new QueueToken(token, user, QueueTokenStatus.ACTIVE, activeUntil));
    }

    @Test
    void knows_a_token_used_by_a_payment_or_timed_out_as_expired() {
        UUID timedOut = Uuids.timeOrdered();
        events.sendAndAwait(new QueueTokenActivated(token, user, activeUntil()));
        events.sendAndAwait(new QueueTokenActivated(timedOut, user, activeUntil()));

        events.sendAndAwait(new QueueTokenExpired(token, user, TokenExpiryReason.PAYMENT, Uuids.timeOrdered()));
        events.sendAndAwait(new QueueTokenExpired(timedOut, user, TokenExpiryReason.TTL, null));

        assertThat(tokens.find(token)).get().extracting(QueueToken::status).isEqualTo(QueueTokenStatus.EXPIRED);
        assertThat(tokens.find(timedOut)).get().extracting(QueueToken::status).isEqualTo(QueueTokenStatus.EXPIRED);
    }

    @Test
    void takes_status_and_deadline_from_a_restored_token() {
        Instant activeUntil = activeUntil();
        UUID payment = Uuids.timeOrdered();
        events.sendAndAwait(new QueueTokenActivated(token, user, activeUntil));
        events.sendAndAwait(new QueueTokenExpired(token, user, TokenExpiryReason.PAYMENT, payment));

        events.sendAndAwait(new QueueTokenRestored(token, user, payment, RestoredTokenStatus.ACTIVE, activeUntil));
        assertThat(tokens.find(token)).contains(new QueueToken(token, user, QueueTokenStatus.ACTIVE, activeUntil));

        events.sendAndAwait(new QueueTokenRestored(token, user, payment, RestoredTokenStatus.EXPIRED, activeUntil));
        assertThat(tokens.find(token)).contains(new QueueToken(token, user, QueueTokenStatus.EXPIRED, activeUntil));
    }

    @Test
    void ignores_a_failed_expiry_which_leaves_the_token_as_it_was() {
        Instant activeUntil = activeUntil();
        events.sendAndAwait(new QueueTokenActivated(token, user, activeUntil));
        EventEnvelope<QueueTokenExpiryFailed> failed = events.send(
                new QueueTokenExpiryFailed(token, user, Uuids.timeOrdered(), FailureReason.NOT_TOKEN_OWNER));
        // Events of one token are applied in order: once this one is, the failure before it has been handled.
        events.sendAndAwait(new QueueTokenActivated(token, user, activeUntil));

        assertThat(tokens.find(token)).contains(new QueueToken(token, user, QueueTokenStatus.ACTIVE, activeUntil));
        assertThat(jdbc.sql("SELECT count(*) FROM messaging.inbox WHERE event_id = ?").param(failed.eventId()).query(Long.class).single())
                .as("never applied").isZero();
    }

    @Test
    void does_not_invent_a_token_it_has_only_seen_expire() {
        events.sendAndAwait(new QueueTokenExpired(token, user, TokenExpiryReason.TTL, null));

        assertThat(tokens.find(token)).isEmpty();
    }

    private Instant activeUntil() {
        return clock.instant().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    }
}
