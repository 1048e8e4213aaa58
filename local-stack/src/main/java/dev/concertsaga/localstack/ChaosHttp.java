package dev.concertsaga.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The chaos run's HTTP client: 127.0.0.1 only, bounded waits, and every answer noted. A payment in an answer goes
 * to the answers file; a 5xx and a refused connection are counted.
 */
final class ChaosHttp {

    /** An answer; status -1 when there was none (connection refused, timed out). */
    record Answer(int status, JsonNode body) {

        boolean is(int expected) {
            return status == expected;
        }

        String text(String field) {
            return body.path(field).asString("");
        }

        long number(String field) {
            return body.path(field).asLong(0);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private volatile HttpClient client = newClient();
    private final ChaosRecord record;

    ChaosHttp(ChaosRecord record) {
        this.record = record;
    }

    /**
     * Later requests go on new connections. The local stack's fronts balance connections, so this spreads the
     * requests again over instances that joined since (the scale-out run).
     */
    void reconnect() {
        client = newClient();
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    Answer get(int port, String path) {
        return send(port, "GET", path, null, Map.of());
    }

    Answer post(int port, String path, String json, Map<String, String> headers) {
        return send(port, "POST", path, json, headers);
    }

    Answer send(int port, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response.statusCode(), parse(response.body()));
            note(method + " :" + port + path, answer);
            return answer;
        } catch (IOException e) {
            record.connectionFailed();
            return new Answer(-1, MissingNode.getInstance());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, MissingNode.getInstance());
        }
    }

    private void note(String request, Answer answer) {
        if (answer.status() >= 500) {
            record.serverError(request.length() > 120 ? request.substring(0, 120) + "…" : request, answer.status());
        }
        String paymentId = answer.text("paymentId");
        String status = answer.text("status");
        if (answer.status() < 300 && !paymentId.isEmpty() && Map.of("PENDING", 1, "COMPLETED", 1, "CANCELLED", 1).containsKey(status)) {
            record.answer(UUID.fromString(paymentId), status);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (JacksonException notJson) {
            return MissingNode.getInstance();
        }
    }
}
