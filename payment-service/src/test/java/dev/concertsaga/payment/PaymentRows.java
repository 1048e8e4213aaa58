package dev.concertsaga.payment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.payment.domain.PaymentStatus;

/** Reads payment-service's tables directly: what a request or an event wrote, or did not write. */
class PaymentRows {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final JdbcClient jdbc;

    PaymentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long withIdempotencyKey(String key) {
        return jdbc.sql("SELECT count(*) FROM payment WHERE idempotency_key = ?").param(key).query(Long.class).single();
    }

    UUID idOf(String idempotencyKey) {
        return jdbc.sql("SELECT id FROM payment WHERE idempotency_key = ?").param(idempotencyKey).query(UUID.class).single();
    }

    long forReservation(UUID reservationId) {
        return jdbc.sql("SELECT count(*) FROM payment WHERE reservation_id = ?").param(reservationId).query(Long.class).single();
    }

    PaymentStatus status(UUID paymentId) {
        return PaymentStatus.valueOf(jdbc.sql("SELECT status FROM payment WHERE id = ?").param(paymentId).query(String.class).single());
    }

    void awaitStatus(UUID paymentId, PaymentStatus status) {
        await().atMost(PATIENCE).until(() -> status(paymentId) == status);
    }

    /** The types on the payment's timeline, in recorded order. */
    List<String> timeline(UUID paymentId) {
        return jdbc.sql("SELECT event_type FROM payment_timeline WHERE payment_id = ? ORDER BY id").param(paymentId).query(String.class).list();
    }

    /** The card charge's status and how many calls were started for it; null when there is no charge. */
    String cardCharge(UUID paymentId) {
        return jdbc.sql("SELECT status || ' after ' || attempts FROM card_charge WHERE payment_id = ?").param(paymentId)
                .query(String.class).optional().orElse(null);
    }

    int cardChargeCalls(UUID paymentId) {
        return jdbc.sql("SELECT attempts FROM card_charge WHERE payment_id = ?").param(paymentId).query(Integer.class).single();
    }

    /** The timeline's detail for the payment's first entry of {@code type}. */
    String detailOf(UUID paymentId, String type) {
        return jdbc.sql("SELECT detail FROM payment_timeline WHERE payment_id = ? AND event_type = ? ORDER BY id LIMIT 1")
                .params(paymentId, type).query(String.class).optional().orElse(null);
    }

    void awaitOnTimeline(UUID paymentId, String type) {
        await().atMost(PATIENCE).until(() -> timeline(paymentId).contains(type));
    }

    /** Waits until a consumer has applied the event: the inbox row commits with the effect, so never for one that failed. */
    void awaitConsumed(UUID eventId) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM messaging.inbox WHERE event_id = ?")
                .param(eventId).query(Long.class).single() == 1);
    }

    /** The inbox consumer the event was recorded under, once applied. */
    String inboxConsumerOf(UUID eventId) {
        return jdbc.sql("SELECT consumer FROM messaging.inbox WHERE event_id = ?").param(eventId).query(String.class).single();
    }

    void awaitRecorded(UUID paymentId, UUID eventId) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM payment_timeline WHERE payment_id = ? AND event_id = ?")
                .params(paymentId, eventId).query(Long.class).single() == 1);
    }
}
