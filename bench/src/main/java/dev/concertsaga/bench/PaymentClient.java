package dev.concertsaga.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A front-end app paying: POST with {@code Prefer: wait=10}; on a 202, GET until the payment is final. The monolith
 * answers 200 with the final state at once; the saga does when it ends within the wait.
 */
final class PaymentClient {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern PAYMENT_ID = Pattern.compile("\"paymentId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CODE = Pattern.compile("\"(?:code|failureReason)\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4, daemon())).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final java.util.concurrent.atomic.AtomicLong accepted = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();

    PaymentClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Outcome pay(Buyer buyer, long startNanos) {
        try {
            HttpRequest post = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/payments"))
                    .header("Content-Type", "application/json").header("Queue-Token", buyer.token().toString())
                    .header("Idempotency-Key", "bench-" + buyer.reservationId()).header("Prefer", "wait=10")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"reservationId\":\"" + buyer.reservationId() + "\",\"userId\":" + buyer.userId() + "}"))
                    .build();
            HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 202) {
                accepted.incrementAndGet();
                return poll(field(PAYMENT_ID, answer.body()), startNanos);
            }
            return outcomeOf(answer, startNanos);
        } catch (IOException e) {
            return new Outcome("ERROR", e.getClass().getSimpleName(), startNanos, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("ERROR", "interrupted", startNanos, System.nanoTime());
        }
    }

    private Outcome poll(String paymentId, long startNanos) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/payments/" + paymentId)).timeout(Duration.ofSeconds(10)).build();
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            HttpResponse<String> answer = http.send(get, HttpResponse.BodyHandlers.ofString());
            polls.incrementAndGet();
            if (answer.statusCode() != 200 || !"PENDING".equals(field(STATUS, answer.body()))) {
                return outcomeOf(answer, startNanos);
            }
            Thread.sleep(10);
        }
        return new Outcome("ERROR", "still PENDING after " + GIVE_UP.toSeconds() + " s", startNanos, System.nanoTime());
    }

    /** How many POSTs were answered 202 (the saga had not ended within the wait), and how many GETs polled after them. */
    long accepted() {
        return accepted.get();
    }

    long polls() {
        return polls.get();
    }

    private static Outcome outcomeOf(HttpResponse<String> answer, long startNanos) {
        long now = System.nanoTime();
        if (answer.statusCode() == 200) {
            return new Outcome(field(STATUS, answer.body()), field(CODE, answer.body()), startNanos, now);
        }
        return new Outcome("ERROR", answer.statusCode() + " " + field(CODE, answer.body()), startNanos, now);
    }

    private static String field(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        };
    }
}
