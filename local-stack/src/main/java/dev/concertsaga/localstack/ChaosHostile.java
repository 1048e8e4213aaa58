package dev.concertsaga.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Requests a hostile client sends: bad JSON, wrong types, coercions, missing headers, unknown ids, huge strings,
 * another user's token. Every one must be refused with a 4xx (DESIGN §4); the answers are counted by status.
 */
final class ChaosHostile {

    /** One hostile request. */
    record Request(String what, int port, String method, String path, String body, Map<String, String> headers) {
    }

    private final ChaosApi api;
    private final ChaosRecord record;

    ChaosHostile(ChaosApi api, ChaosRecord record) {
        this.api = api;
        this.record = record;
    }

    /** Sends every request {@code rounds} times; returns the answers' statuses by count. */
    Map<Integer, Integer> send(int rounds, ChaosSeats seats) {
        long victim = api.user("hostile-victim", 1_000_000);
        long attacker = api.user("hostile-attacker", 1_000_000);
        String victimToken = api.activeToken(victim).orElseThrow(() -> new IllegalStateException("no active token for the hostile run"));
        String attackerToken = api.activeToken(attacker).orElseThrow(() -> new IllegalStateException("no active token for the hostile run"));
        ChaosSeats.Seat seat = seats.next().orElseThrow();
        List<Request> requests = requests(victim, victimToken, attackerToken, seat);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Request request : requests) {
                ChaosHttp.Answer answer = api.http().send(request.port(), request.method(), request.path(), request.body(), request.headers());
                statuses.merge(answer.status(), 1, Integer::sum);
                if (answer.status() < 400 || answer.status() >= 500) {
                    record.finding("hostile request not refused with a 4xx: " + request.what() + " → " + answer.status() + " " + abbreviate(answer.body().toString()));
                }
            }
        }
        return statuses;
    }

    private static List<Request> requests(long victim, String victimToken, String attackerToken, ChaosSeats.Seat seat) {
        String huge = "x".repeat(200_000);
        String unknown = UUID.randomUUID().toString();
        String reservation = "{\"userId\":" + victim + ",\"scheduleId\":" + seat.scheduleId() + ",\"seatId\":" + seat.seatId() + "}";
        String payment = "{\"reservationId\":\"" + unknown + "\",\"userId\":" + victim + "}";
        Map<String, String> paymentHeaders = Map.of("Queue-Token", victimToken, "Idempotency-Key", "hostile-" + unknown);
        List<Request> list = new ArrayList<>(List.of(
                post("user: bad JSON", ChaosApi.USER, "/api/v1/users", "{\"name\":", Map.of()),
                post("user: name is a number", ChaosApi.USER, "/api/v1/users", "{\"name\":123}", Map.of()),
                post("user: name missing", ChaosApi.USER, "/api/v1/users", "{}", Map.of()),
                post("user: body is an array", ChaosApi.USER, "/api/v1/users", "[]", Map.of()),
                post("user: huge name", ChaosApi.USER, "/api/v1/users", "{\"name\":\"" + huge + "\"}", Map.of()),
                post("user: not JSON at all", ChaosApi.USER, "/api/v1/users", "name=Mallory", Map.of("Content-Type", "text/plain")),
                post("charge: fraction", ChaosApi.USER, "/api/v1/users/" + victim + "/points/charge", "{\"amount\":1.5}", Map.of()),
                post("charge: string", ChaosApi.USER, "/api/v1/users/" + victim + "/points/charge", "{\"amount\":\"100\"}", Map.of()),
                post("charge: boolean", ChaosApi.USER, "/api/v1/users/" + victim + "/points/charge", "{\"amount\":true}", Map.of()),
                post("charge: negative", ChaosApi.USER, "/api/v1/users/" + victim + "/points/charge", "{\"amount\":-5}", Map.of()),
                post("charge: zero", ChaosApi.USER, "/api/v1/users/" + victim + "/points/charge", "{\"amount\":0}", Map.of()),
                post("charge: too big", ChaosApi.USER, "/api/v1/users/" + victim + "/points/charge", "{\"amount\":99999999999999999999999}", Map.of()),
                post("charge: amount missing", ChaosApi.USER, "/api/v1/users/" + victim + "/points/charge", "{}", Map.of()),
                post("charge: unknown user", ChaosApi.USER, "/api/v1/users/999999999/points/charge", "{\"amount\":100}", Map.of()),
                get("points: user id not a number", ChaosApi.USER, "/api/v1/users/abc/points"),
                get("points: unknown user", ChaosApi.USER, "/api/v1/users/999999999/points"),
                post("token: user id fraction", ChaosApi.QUEUE, "/api/v1/queue/tokens", "{\"userId\":1.5}", Map.of()),
                post("token: user id string", ChaosApi.QUEUE, "/api/v1/queue/tokens", "{\"userId\":\"" + victim + "\"}", Map.of()),
                post("token: user id negative", ChaosApi.QUEUE, "/api/v1/queue/tokens", "{\"userId\":-1}", Map.of()),
                post("token: user id missing", ChaosApi.QUEUE, "/api/v1/queue/tokens", "{}", Map.of()),
                post("token: bad JSON", ChaosApi.QUEUE, "/api/v1/queue/tokens", "{userId: 1}", Map.of()),
                get("token: not a UUID", ChaosApi.QUEUE, "/api/v1/queue/tokens/not-a-token"),
                get("token: unknown", ChaosApi.QUEUE, "/api/v1/queue/tokens/" + unknown),
                get("schedules: unknown concert", ChaosApi.CONCERT, "/api/v1/concerts/999999999/schedules"),
                get("seats: unknown schedule", ChaosApi.CONCERT, "/api/v1/schedules/999999999/seats"),
                get("reservation: not a UUID", ChaosApi.CONCERT, "/api/v1/reservations/nope"),
                get("reservation: unknown", ChaosApi.CONCERT, "/api/v1/reservations/" + unknown),
                post("reserve: no queue token", ChaosApi.CONCERT, "/api/v1/reservations", reservation, Map.of()),
                post("reserve: unknown queue token", ChaosApi.CONCERT, "/api/v1/reservations", reservation, Map.of("Queue-Token", unknown)),
                post("reserve: another user's token", ChaosApi.CONCERT, "/api/v1/reservations", reservation, Map.of("Queue-Token", attackerToken)),
                post("reserve: seat id string", ChaosApi.CONCERT, "/api/v1/reservations", reservation.replace("\"seatId\":" + seat.seatId(),
                        "\"seatId\":\"" + seat.seatId() + "\""), Map.of("Queue-Token", victimToken)),
                post("reserve: schedule id fraction", ChaosApi.CONCERT, "/api/v1/reservations", reservation.replace("\"scheduleId\":" + seat.scheduleId(),
                        "\"scheduleId\":" + seat.scheduleId() + ".5"), Map.of("Queue-Token", victimToken)),
                post("reserve: bad JSON", ChaosApi.CONCERT, "/api/v1/reservations", "{\"userId\":", Map.of("Queue-Token", victimToken)),
                post("pay: no Idempotency-Key", ChaosApi.PAYMENT, "/api/v1/payments", payment, Map.of("Queue-Token", victimToken)),
                post("pay: no Queue-Token", ChaosApi.PAYMENT, "/api/v1/payments", payment, Map.of("Idempotency-Key", "hostile-" + unknown)),
                post("pay: reservation id a number", ChaosApi.PAYMENT, "/api/v1/payments", "{\"reservationId\":123,\"userId\":" + victim + "}", paymentHeaders),
                post("pay: reservation id not a UUID", ChaosApi.PAYMENT, "/api/v1/payments", "{\"reservationId\":\"x\",\"userId\":" + victim + "}", paymentHeaders),
                post("pay: user id fraction", ChaosApi.PAYMENT, "/api/v1/payments", payment.replace(":" + victim + "}", ":1.5}"), paymentHeaders),
                post("pay: user id string", ChaosApi.PAYMENT, "/api/v1/payments", payment.replace(":" + victim + "}", ":\"" + victim + "\"}"), paymentHeaders),
                post("pay: bad JSON", ChaosApi.PAYMENT, "/api/v1/payments", "{\"reservationId\"", paymentHeaders),
                post("pay: huge Idempotency-Key", ChaosApi.PAYMENT, "/api/v1/payments", payment, Map.of("Queue-Token", victimToken, "Idempotency-Key", "k".repeat(20_000))),
                get("payment: not a UUID", ChaosApi.PAYMENT, "/api/v1/payments/not-a-payment"),
                get("payment: unknown", ChaosApi.PAYMENT, "/api/v1/payments/" + unknown),
                get("payments: limit 0", ChaosApi.PAYMENT, "/api/v1/payments?limit=0"),
                get("payments: limit not a number", ChaosApi.PAYMENT, "/api/v1/payments?limit=abc"),
                get("payments: unknown status", ChaosApi.PAYMENT, "/api/v1/payments?status=PAID"),
                get("payments: before not a UUID", ChaosApi.PAYMENT, "/api/v1/payments?before=xyz")));
        return list;
    }

    private static Request post(String what, int port, String path, String body, Map<String, String> headers) {
        return new Request(what, port, "POST", path, body, headers);
    }

    private static Request get(String what, int port, String path) {
        return new Request(what, port, "GET", path, null, Map.of());
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
