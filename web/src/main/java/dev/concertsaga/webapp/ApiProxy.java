package dev.concertsaga.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Forwards an API call to the service that owns its path, with the headers the API reads and the ones it answers
 * with. A service that cannot be reached is answered as the services answer an outage: 503 problem+json with
 * {@code Retry-After} and the code SERVICE_UNAVAILABLE.
 */
final class ApiProxy implements HttpHandler {

    private static final List<String> REQUEST_HEADERS = List.of("Content-Type", "Accept", "Idempotency-Key", "Queue-Token", "Prefer");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Location", "Retry-After", "Preference-Applied");
    /** Longer than the longest Prefer: wait the API honours (10 s). */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);

    private final Services services;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    ApiProxy(Services services) {
        this.services = services;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI asked = exchange.getRequestURI();
            Optional<URI> service = services.owning(asked.getPath());
            if (service.isEmpty()) {
                problem(exchange, 404, "NOT_FOUND", "No service answers " + asked.getPath() + ".");
                return;
            }
            forward(exchange, service.get().resolve(asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery())));
        }
    }

    private void forward(HttpExchange exchange, URI target) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(ANSWER_TIMEOUT)
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        REQUEST_HEADERS.forEach(name -> exchange.getRequestHeaders().getOrDefault(name, List.of()).forEach(value -> request.header(name, value)));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException unreachable) {
            exchange.getResponseHeaders().add("Retry-After", "5");
            problem(exchange, 503, "SERVICE_UNAVAILABLE", "The service behind " + target.getPath() + " cannot be reached right now.");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(exchange, 503, "SERVICE_UNAVAILABLE", "The web app is stopping.");
            return;
        }
        RESPONSE_HEADERS.forEach(name -> response.headers().allValues(name).forEach(value -> exchange.getResponseHeaders().add(name, value)));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, response.statusCode(), response.body());
    }

    private static void problem(HttpExchange exchange, int status, String code, String detail) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        String json = "{\"type\":\"about:blank\",\"status\":" + status + ",\"code\":\"" + code + "\",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
        send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
