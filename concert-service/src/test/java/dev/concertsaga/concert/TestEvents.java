package dev.concertsaga.concert;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.testsupport.TopicWriter;

/** Sends the events other services send, as they would, and tells when this service has applied one. */
class TestEvents implements DisposableBean {

    private final TopicWriter writer = new TopicWriter();
    private final JdbcClient jdbc;
    private final MutableClock clock;

    TestEvents(JdbcClient jdbc, MutableClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    <E extends Event> EventEnvelope<E> send(E event) {
        return send(EventEnvelope.of(event, clock.instant()));
    }

    <E extends Event> EventEnvelope<E> send(EventEnvelope<E> envelope) {
        writer.send(envelope);
        return envelope;
    }

    /** Sends the event and waits until this service has applied it: its effect is committed when this returns. */
    <E extends Event> EventEnvelope<E> sendAndAwait(E event) {
        return awaitApplied(send(event));
    }

    /** Waits for the event's id in the inbox, written in the same transaction as its effect. */
    <E extends Event> EventEnvelope<E> awaitApplied(EventEnvelope<E> envelope) {
        await().until(() -> jdbc.sql("SELECT count(*) FROM messaging.inbox WHERE consumer = ? AND event_id = ?")
                .params("concert-service." + envelope.topic(), envelope.eventId()).query(Long.class).single() == 1);
        return envelope;
    }

    /** A token queue-service has just admitted for {@code userId}, active for ten minutes, known here already. */
    UUID activeToken(long userId) {
        UUID token = Uuids.timeOrdered();
        sendAndAwait(new QueueTokenActivated(token, userId, clock.instant().plus(Duration.ofMinutes(10))));
        return token;
    }

    @Override
    public void destroy() {
        writer.close();
    }
}
