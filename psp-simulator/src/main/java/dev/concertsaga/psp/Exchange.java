package dev.concertsaga.psp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP request and its answer, in JSON. */
final class Exchange {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 64 * 1024;

    private final HttpExchange http;

    Exchange(HttpExchange http) {
        this.http = http;
    }

    String method() {
        return http.getRequestMethod();
    }

    String path() {
        return http.getRequestURI().getPath();
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(http.getRequestHeaders().getFirst(name));
    }

    Optional<String> query(String name) {
        String query = http.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair.length == 2 && URLDecoder.decode(pair[0], StandardCharsets.UTF_8).equals(name))
                .map(pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .findFirst();
    }

    /** The body as a JSON object; an empty body is an empty object. */
    JsonNode body() throws IOException {
        try (InputStream in = http.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw ApiError.badRequest("the body is larger than " + MAX_BODY + " bytes");
            }
            if (bytes.length == 0) {
                return JSON.createObjectNode();
            }
            JsonNode body = JSON.readTree(bytes);
            if (body == null || !body.isObject()) {
                throw ApiError.badRequest("the body must be a JSON object");
            }
            return body;
        } catch (JacksonException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    void answer(int status, Object json, Map<String, String> headers) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        http.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach(http.getResponseHeaders()::set);
        http.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    void answer(int status, Object json) throws IOException {
        answer(status, json, Map.of());
    }

    void error(ApiError error) throws IOException {
        answer(error.status(), Map.of("error", Map.of("code", error.code(), "message", error.getMessage())));
    }
}
