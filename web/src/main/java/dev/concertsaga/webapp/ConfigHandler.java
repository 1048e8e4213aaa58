package dev.concertsaga.webapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** {@code /config.json}: the demo users to offer and the trace UI's address, for the pages to read at start. */
final class ConfigHandler implements HttpHandler {

    private final byte[] json;

    ConfigHandler(WebApp.WebConfig config) {
        String users = config.demoUsers().stream()
                .map(user -> "{\"name\":\"" + user.name().replace("\"", "") + "\",\"userId\":" + user.userId() + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String trace = config.traceUrlTemplate() == null ? "null" : "\"" + config.traceUrlTemplate().replace("\"", "") + "\"";
        json = ("{\"demoUsers\":" + users + ",\"traceUrl\":" + trace + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            exchange.getResponseBody().write(json);
        }
    }
}
