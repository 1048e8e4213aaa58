package dev.concertsaga.psp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider as a client calls it over HTTP, answers read as JSON. */
final class ProviderClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;

    ProviderClient(URI base) {
        this.base = base;
    }

    record Answer(int status, JsonNode body, boolean replayed) {
        String field(String name) {
            return body.get(name).asString();
        }
    }

    Answer charge(String key, String body) {
        return post("/v1/charges", key, body, Duration.ofSeconds(15));
    }

    Answer charge(String key, long amount, String token) {
        return charge(key, "{\"amount\":" + amount + ",\"cardToken\":\"" + token + "\"}");
    }

    Answer refund(String chargeId, String key, String body) {
        return post("/v1/charges/" + chargeId + "/refunds", key, body, Duration.ofSeconds(15));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), Duration.ofSeconds(15));
    }

    Answer put(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(body)), Duration.ofSeconds(15));
    }

    /** @throws HttpTimeoutException wrapped, when the provider has not answered within {@code timeout} */
    Answer post(String path, String key, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request, timeout);
    }

    private Answer send(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()),
                    response.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
