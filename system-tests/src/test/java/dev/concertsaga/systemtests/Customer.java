package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

/**
 * A person using the system through its public APIs only: registers, buys points, waits in the queue, holds a seat
 * and pays. What a scenario needs to say in a line what would take a page of HTTP calls.
 */
final class Customer {

    /** An ACTIVE queue token. */
    record Token(UUID value, Instant activeUntil) {
    }

    /** A HELD seat. */
    record Reservation(UUID id, long seatId, long price, Instant heldUntil) {
    }

    private final SagaSystem system;
    final long userId;

    private Customer(SagaSystem system, long userId) {
        this.system = system;
        this.userId = userId;
    }

    static Customer register(SagaSystem system, String name, long points) {
        Http.Response created = Http.post(system.user.baseUrl() + "/api/v1/users", Map.of("name", name), Map.of());
        assertThat(created.status()).as("register %s", name).isEqualTo(201);
        Customer customer = new Customer(system, created.body().get("userId").asLong());
        if (points > 0) {
            customer.charge(points);
        }
        return customer;
    }

    void charge(long points) {
        Http.Response charged = Http.post(system.user.baseUrl() + "/api/v1/users/" + userId + "/points/charge", Map.of("amount", points), Map.of());
        assertThat(charged.status()).as("charge").isEqualTo(200);
    }

    long balance() {
        return Http.get(system.user.baseUrl() + "/api/v1/users/" + userId + "/points").body().get("balance").asLong();
    }

    /** Takes a token and waits until the queue admits it. */
    Token takeActiveToken() {
        Http.Response issued = Http.post(system.queue.baseUrl() + "/api/v1/queue/tokens", Map.of("userId", userId), Map.of());
        assertThat(issued.status()).as("take a token").isEqualTo(201);
        String token = issued.body().get("token").asString();
        AtomicReference<JsonNode> active = new AtomicReference<>();
        await().until(() -> {
            active.set(Http.get(system.queue.baseUrl() + "/api/v1/queue/tokens/" + token).body());
            return active.get().get("status").asString().equals("ACTIVE");
        });
        return new Token(UUID.fromString(token), Instant.parse(active.get().get("activeUntil").asString()));
    }

    /**
     * Holds an available seat of the given price. concert-service learns about the token from Kafka, so the first
     * attempts may be refused as not active yet; a seat someone else took just before is replaced by another.
     */
    Reservation reserve(Token token, long price) {
        AtomicReference<Http.Response> held = new AtomicReference<>();
        await().until(() -> {
            JsonNode seat = availableSeat(price);
            held.set(Http.post(system.concert.baseUrl() + "/api/v1/reservations",
                    Map.of("userId", userId, "scheduleId", seat.get("scheduleId").asLong(), "seatId", seat.get("seatId").asLong()),
                    Map.of("Queue-Token", token.value().toString())));
            return held.get().status() == 201;
        });
        JsonNode body = held.get().body();
        return new Reservation(UUID.fromString(body.get("reservationId").asString()), body.get("seatId").asLong(),
                body.get("price").asLong(), Instant.parse(body.get("heldUntil").asString()));
    }

    /** Pays with a fresh idempotency key and waits (Prefer: wait=10) for the saga's outcome. */
    Http.Response pay(Reservation reservation, Token token) {
        return pay(reservation, token.value(), UUID.randomUUID().toString());
    }

    Http.Response pay(Reservation reservation, UUID token, String idempotencyKey) {
        long started = System.nanoTime();
        Http.Response answer = Http.post(system.payment.baseUrl() + "/api/v1/payments",
                Map.of("reservationId", reservation.id(), "userId", userId),
                Map.of("Idempotency-Key", idempotencyKey, "Queue-Token", token.toString(), "Prefer", "wait=10"));
        if (answer.status() == 200) {
            SagaDurations.record(Duration.ofNanos(System.nanoTime() - started));
        }
        return answer;
    }

    /** Pays by card with one of the provider's test tokens, and waits (Prefer: wait=10) for the saga's outcome. */
    Http.Response payByCard(Reservation reservation, Token token, String cardToken) {
        return Http.post(system.payment.baseUrl() + "/api/v1/payments",
                Map.of("reservationId", reservation.id(), "userId", userId, "method", "CARD", "cardToken", cardToken),
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Queue-Token", token.value().toString(), "Prefer", "wait=10"));
    }

    /** Asks to pay without waiting for the outcome: 202 and the new payment's id. */
    UUID requestPayment(Reservation reservation, Token token) {
        Http.Response accepted = Http.post(system.payment.baseUrl() + "/api/v1/payments",
                Map.of("reservationId", reservation.id(), "userId", userId),
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Queue-Token", token.value().toString()));
        assertThat(accepted.status()).as("payment accepted").isEqualTo(202);
        return UUID.fromString(accepted.body().get("paymentId").asString());
    }

    /** Polls a payment until it has ended; for payments whose saga a scenario delays on purpose. */
    JsonNode awaitOutcome(UUID paymentId) {
        AtomicReference<JsonNode> payment = new AtomicReference<>();
        await().atMost(SagaSystem.SAGA_TIMEOUT.multipliedBy(3)).until(() -> {
            payment.set(payment(paymentId));
            return !payment.get().get("status").asString().equals("PENDING");
        });
        return payment.get();
    }

    JsonNode payment(UUID paymentId) {
        return Http.get(system.payment.baseUrl() + "/api/v1/payments/" + paymentId).body();
    }

    JsonNode reservation(UUID reservationId) {
        return Http.get(system.concert.baseUrl() + "/api/v1/reservations/" + reservationId).body();
    }

    JsonNode token(UUID token) {
        return Http.get(system.queue.baseUrl() + "/api/v1/queue/tokens/" + token).body();
    }

    private JsonNode availableSeat(long price) {
        List<JsonNode> seats = new ArrayList<>();
        for (JsonNode concert : Http.get(system.concert.baseUrl() + "/api/v1/concerts").body()) {
            for (JsonNode schedule : Http.get(system.concert.baseUrl() + "/api/v1/concerts/" + concert.get("concertId").asLong() + "/schedules").body()) {
                for (JsonNode seat : Http.get(system.concert.baseUrl() + "/api/v1/schedules/" + schedule.get("scheduleId").asLong() + "/seats").body()) {
                    if (seat.get("status").asString().equals("AVAILABLE") && seat.get("price").asLong() == price) {
                        seats.add(((tools.jackson.databind.node.ObjectNode) seat.deepCopy()).put("scheduleId", schedule.get("scheduleId").asLong()));
                    }
                }
            }
        }
        assertThat(seats).as("available seats at %d", price).isNotEmpty();
        Collections.shuffle(seats);
        return seats.get(0);
    }
}
