package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The public API calls a customer makes, each bounded in time; empty when the system did not oblige. */
final class ChaosApi {

    static final int PAYMENT = 8080;
    static final int QUEUE = 8081;
    static final int CONCERT = 8082;
    static final int USER = 8083;

    private final ChaosHttp http;

    ChaosApi(ChaosHttp http) {
        this.http = http;
    }

    ChaosHttp http() {
        return http;
    }

    /** A user charged with {@code points} (at most 10,000,000: the most one charge may add). */
    long user(String name, long points) {
        long userId = retry(() -> http.post(USER, "/api/v1/users", "{\"name\":\"" + name + "\"}", Map.of()), 201).number("userId");
        charge(userId, points);
        return userId;
    }

    void charge(long userId, long points) {
        retry(() -> http.post(USER, "/api/v1/users/" + userId + "/points/charge", "{\"amount\":" + points + "}", Map.of()), 200);
    }

    /** A queue token of the user's, once ACTIVE (the local stack admits within a second). */
    Optional<String> activeToken(long userId) {
        ChaosHttp.Answer taken = http.post(QUEUE, "/api/v1/queue/tokens", "{\"userId\":" + userId + "}", Map.of());
        if (!taken.is(201)) {
            return Optional.empty();
        }
        String token = taken.text("token");
        return isActive(token, Duration.ofSeconds(10)) ? Optional.of(token) : Optional.empty();
    }

    boolean isActive(String token, Duration within) {
        return until(within, () -> http.get(QUEUE, "/api/v1/queue/tokens/" + token).text("status").equals("ACTIVE"));
    }

    Optional<UUID> reserve(long userId, long scheduleId, long seatId, String token) {
        ChaosHttp.Answer held = http.post(CONCERT, "/api/v1/reservations",
                "{\"userId\":" + userId + ",\"scheduleId\":" + scheduleId + ",\"seatId\":" + seatId + "}", Map.of("Queue-Token", token));
        return held.is(201) ? Optional.of(UUID.fromString(held.text("reservationId"))) : Optional.empty();
    }

    boolean isHeld(UUID reservationId, Duration within) {
        return until(within, () -> http.get(CONCERT, "/api/v1/reservations/" + reservationId).text("status").equals("HELD"));
    }

    /** Pays, waiting up to 10 s for the outcome, as the README's walk-through does. */
    ChaosHttp.Answer pay(UUID reservationId, long userId, String token, String idempotencyKey) {
        return http.post(PAYMENT, "/api/v1/payments", "{\"reservationId\":\"" + reservationId + "\",\"userId\":" + userId + "}",
                Map.of("Queue-Token", token, "Idempotency-Key", idempotencyKey, "Prefer", "wait=10"));
    }

    /** Pays by card with one of the provider's test tokens, waiting up to 10 s for the outcome. */
    ChaosHttp.Answer payByCard(UUID reservationId, long userId, String token, String idempotencyKey, String cardToken) {
        return http.post(PAYMENT, "/api/v1/payments", "{\"reservationId\":\"" + reservationId + "\",\"userId\":" + userId
                        + ",\"method\":\"CARD\",\"cardToken\":\"" + cardToken + "\"}",
                Map.of("Queue-Token", token, "Idempotency-Key", idempotencyKey, "Prefer", "wait=10"));
    }

    /** The payment, re-read until it is final or {@code within} passes: the last answer. */
    ChaosHttp.Answer outcome(String paymentId, Duration within) {
        ChaosHttp.Answer[] last = {null};
        until(within, () -> {
            last[0] = http.get(PAYMENT, "/api/v1/payments/" + paymentId);
            return last[0].text("status").equals("COMPLETED") || last[0].text("status").equals("CANCELLED");
        });
        return last[0];
    }

    /** Retried for a while, since a process may be down; a 4xx is an answer. */
    private ChaosHttp.Answer retry(Supplier<ChaosHttp.Answer> call, int expected) {
        ChaosHttp.Answer[] last = {null};
        until(Duration.ofSeconds(60), () -> (last[0] = call.get()).is(expected) || last[0].status() / 100 == 4);
        if (!last[0].is(expected)) {
            throw new IllegalStateException("the API answered " + last[0].status() + " " + last[0].body() + " instead of " + expected);
        }
        return last[0];
    }

    /** Polls every 100 ms until true or the time is up. */
    static boolean until(Duration within, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return true;
            }
            ChildProcess.pause(Duration.ofMillis(100));
        }
        return false;
    }
}
