package dev.concertsaga.psp;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import tools.jackson.databind.JsonNode;

/**
 * The provider's HTTP API, in the style of the well-known card processors (DESIGN §12):
 * {@code POST /v1/charges}, {@code GET /v1/charges/{id}}, {@code GET /v1/charges?idempotencyKey=},
 * {@code POST /v1/charges/{id}/refunds}; and {@code GET /health} (also at {@code /actuator/health}, where the local
 * stack looks), {@code GET|PUT /admin/faults} for operators.
 * A write without {@code Idempotency-Key} is refused; the same key with the same body answers what the first request
 * recorded (header {@code Idempotent-Replayed: true}); the same key with another body is 422.
 */
final class ProviderApi implements HttpHandler {

    private static final Pattern CHARGE = Pattern.compile("/v1/charges/([A-Za-z0-9_]{1,64})");
    private static final Pattern REFUNDS = Pattern.compile("/v1/charges/([A-Za-z0-9_]{1,64})/refunds");
    private static final int MAX_KEY_LENGTH = 255;

    private final Ledger ledger;
    private final SimulatorSettings settings;

    ProviderApi(Ledger ledger, SimulatorSettings settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        Exchange exchange = new Exchange(http);
        try {
            route(exchange);
        } catch (ApiError error) {
            exchange.error(error);
        } catch (SQLException e) {
            exchange.error(new ApiError(503, "ledger_unavailable", "the ledger is unavailable: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.error(new ApiError(503, "shutting_down", "the provider is stopping"));
        } catch (RuntimeException e) {
            exchange.error(new ApiError(500, "api_error", String.valueOf(e.getMessage())));
        } finally {
            http.close();
        }
    }

    private void route(Exchange exchange) throws IOException, SQLException, InterruptedException {
        String method = exchange.method();
        String path = exchange.path();
        if ((path.equals("/health") || path.equals("/actuator/health")) && method.equals("GET")) {
            exchange.answer(200, Map.of("status", "UP"));
            return;
        }
        if (path.equals("/admin/faults")) {
            faults(exchange);
            return;
        }
        if (settings.faults().suffer()) {
            throw new ApiError(503, "provider_unavailable", "the provider is unavailable, try again");
        }
        Matcher charge = CHARGE.matcher(path);
        Matcher refunds = REFUNDS.matcher(path);
        if (path.equals("/v1/charges") && method.equals("POST")) {
            createCharge(exchange);
        } else if (path.equals("/v1/charges") && method.equals("GET")) {
            findChargeByKey(exchange);
        } else if (charge.matches() && method.equals("GET")) {
            exchange.answer(200, ledger.charge(charge.group(1)).orElseThrow(() -> ApiError.notFound("charge " + charge.group(1))).json());
        } else if (refunds.matches() && method.equals("POST")) {
            createRefund(exchange, refunds.group(1));
        } else {
            throw new ApiError(404, "resource_missing", "no such endpoint: " + method + " " + path);
        }
    }

    private void createCharge(Exchange exchange) throws IOException, SQLException, InterruptedException {
        String key = idempotencyKey(exchange);
        JsonNode body = exchange.body();
        long amount = wholeAmount(body.get("amount"), false);
        String token = text(body.get("cardToken"), "cardToken");
        TestCard card = TestCard.of(token).orElseThrow(() -> new ApiError(400, "invalid_card_token", "no such card token: " + token));
        if (card == TestCard.FLAKY && ThreadLocalRandom.current().nextDouble() < settings.flakyRate()) {
            throw new ApiError(503, "provider_unavailable", "the provider is unavailable, try again");
        }
        if (card == TestCard.SLOW) {
            Thread.sleep(settings.slowDelay().toMillis());
        }
        String fingerprint = "amount=" + amount + "\ncardToken=" + token;
        Ledger.Recorded<Charge> recorded = ledger.addCharge(key, fingerprint, amount, token, card.outcome());
        sameRequest(recorded.value().fingerprint(), fingerprint);
        if (card == TestCard.TIMEOUT && !recorded.replayed()) {
            Thread.sleep(settings.timeoutDelay().toMillis());
        }
        exchange.answer(recorded.replayed() ? 200 : 201, recorded.value().json(), replayed(recorded));
    }

    private void findChargeByKey(Exchange exchange) throws IOException, SQLException {
        String key = exchange.query("idempotencyKey").orElseThrow(() -> ApiError.badRequest("query parameter idempotencyKey is required"));
        List<Map<String, Object>> found = ledger.chargeByKey(key).map(Charge::json).stream().toList();
        exchange.answer(200, Map.of("data", found));
    }

    private void createRefund(Exchange exchange, String chargeId) throws IOException, SQLException {
        String key = idempotencyKey(exchange);
        JsonNode body = exchange.body();
        Long amount = body.has("amount") ? wholeAmount(body.get("amount"), true) : null;
        String fingerprint = "charge=" + chargeId + "\namount=" + amount;
        Ledger.Recorded<Refund> recorded = ledger.addRefund(chargeId, key, fingerprint, amount);
        sameRequest(recorded.value().fingerprint(), fingerprint);
        exchange.answer(recorded.replayed() ? 200 : 201, recorded.value().json(), replayed(recorded));
    }

    private void faults(Exchange exchange) throws IOException {
        Faults faults = settings.faults();
        if (exchange.method().equals("PUT")) {
            JsonNode body = exchange.body();
            long latencyMs = body.has("latencyMs") ? wholeAmount(body.get("latencyMs"), false) : faults.latency().toMillis();
            double rate = body.has("faultRate") ? rate(body.get("faultRate")) : faults.faultRate();
            faults.set(Duration.ofMillis(latencyMs), rate);
        } else if (!exchange.method().equals("GET")) {
            throw new ApiError(405, "method_not_allowed", "GET or PUT");
        }
        exchange.answer(200, Map.of("latencyMs", faults.latency().toMillis(), "faultRate", faults.faultRate()));
    }

    private static String idempotencyKey(Exchange exchange) {
        String key = exchange.header("Idempotency-Key").orElseThrow(() -> ApiError.badRequest("header Idempotency-Key is required"));
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiError.badRequest("Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    private static void sameRequest(String recorded, String asked) {
        if (!recorded.equals(asked)) {
            throw new ApiError(422, "idempotency_key_reused",
                    "this Idempotency-Key was used for a request with other parameters; use a new key for a new request");
        }
    }

    private static Map<String, String> replayed(Ledger.Recorded<?> recorded) {
        return recorded.replayed() ? Map.of("Idempotent-Replayed", "true") : Map.of();
    }

    private static long wholeAmount(JsonNode node, boolean positive) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < (positive ? 1 : 0)) {
            throw ApiError.badRequest("amount must be a whole number" + (positive ? " above 0" : " of at least 0"));
        }
        return node.asLong();
    }

    private static double rate(JsonNode node) {
        if (node == null || !node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1) {
            throw ApiError.badRequest("faultRate must be a number within 0..1");
        }
        return node.asDouble();
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw ApiError.badRequest(field + " must be a non-empty string");
        }
        return node.asString();
    }
}
