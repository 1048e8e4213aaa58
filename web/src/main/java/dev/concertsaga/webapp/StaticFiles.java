package dev.concertsaga.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** The pages, scripts and styles under {@code static/} on the classpath; {@code /} is the booking page. */
final class StaticFiles implements HttpHandler {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String file = path.equals("/") ? "book.html" : path.substring(1);
            String extension = file.substring(file.lastIndexOf('.') + 1);
            InputStream content = file.contains("..") || !TYPES.containsKey(extension) ? null
                    : StaticFiles.class.getResourceAsStream("/static/" + file);
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            try (content) {
                byte[] body = content.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", TYPES.get(extension));
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }
}
