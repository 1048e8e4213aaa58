package dev.concertsaga.payment.adapter.out.provider;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.concertsaga.messaging.BackgroundWork;
import dev.concertsaga.payment.application.CardProvider;
import dev.concertsaga.payment.application.CardProviderUnavailableException;
import dev.concertsaga.payment.application.ProviderCharge;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's HTTP API (psp-simulator, or a real processor of the same shape) through the JDK's HTTP client: a
 * connect timeout, a timeout per request, and a bounded pool of its own. Anything but a clear answer (a timeout, a
 * 5xx, no connection, an answer it cannot read) is an unknown outcome, never a failure it could act on.
 */
@Component
class HttpCardProvider implements CardProvider, DisposableBean {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final Duration readTimeout;
    private final ExecutorService pool;
    private final HttpClient http;

    HttpCardProvider(@Value("${card.provider-url}") URI base, @Value("${card.connect-timeout}") Duration connectTimeout,
                     @Value("${card.read-timeout}") Duration readTimeout, @Value("${card.concurrency}") int concurrency) {
        this.base = base;
        this.readTimeout = readTimeout;
        this.pool = Executors.newFixedThreadPool(concurrency, BackgroundWork.threadFactory("card-provider-http"));
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).executor(pool).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public ProviderCharge charge(String idempotencyKey, long amount, String cardToken) {
        String body = "{\"amount\":" + amount + ",\"cardToken\":\"" + cardToken + "\"}";
        return charge(send(post("/v1/charges", idempotencyKey, body), "charge " + idempotencyKey));
    }

    @Override
    public Optional<ProviderCharge> findCharge(String idempotencyKey) {
        String query = "/v1/charges?idempotencyKey=" + URLEncoder.encode(idempotencyKey, StandardCharsets.UTF_8);
        JsonNode found = send(request(query).GET(), "lookup of " + idempotencyKey).get("data");
        if (found == null || !found.isArray()) {
            throw new CardProviderUnavailableException("the lookup of " + idempotencyKey + " answered no list of charges");
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(charge(found.get(0)));
    }

    @Override
    public String refund(String providerChargeId, String idempotencyKey, long amount) {
        JsonNode refund = send(post("/v1/charges/" + providerChargeId + "/refunds", idempotencyKey, "{\"amount\":" + amount + "}"),
                "refund " + idempotencyKey);
        return text(refund, "id");
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(readTimeout).header("Accept", "application/json");
    }

    private HttpRequest.Builder post(String path, String idempotencyKey, String body) {
        return request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private JsonNode send(HttpRequest.Builder request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CardProviderUnavailableException(what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardProviderUnavailableException(what + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new CardProviderUnavailableException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new CardProviderUnavailableException(what + " answered what is not JSON", e);
        }
    }

    private static ProviderCharge charge(JsonNode charge) {
        String status = text(charge, "status");
        if (!status.equals("SUCCEEDED") && !status.equals("DECLINED")) {
            throw new CardProviderUnavailableException("a charge with status " + status);
        }
        return new ProviderCharge(text(charge, "id"), status.equals("SUCCEEDED"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new CardProviderUnavailableException("an answer without " + field);
        }
        return value.asString();
    }
}
