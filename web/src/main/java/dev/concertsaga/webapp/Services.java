package dev.concertsaga.webapp;

import java.net.URI;
import java.util.Optional;

/** Where each of the four services answers; the proxy picks one by the path's first segments (DESIGN §4). */
public record Services(URI payment, URI queue, URI concert, URI user) {

    public static Services local() {
        return new Services(URI.create("http://localhost:8080"), URI.create("http://localhost:8081"),
                URI.create("http://localhost:8082"), URI.create("http://localhost:8083"));
    }

    Optional<URI> owning(String path) {
        if (path.startsWith("/api/v1/payments")) {
            return Optional.of(payment);
        }
        if (path.startsWith("/api/v1/queue/")) {
            return Optional.of(queue);
        }
        if (path.startsWith("/api/v1/concerts") || path.startsWith("/api/v1/schedules/") || path.startsWith("/api/v1/reservations")) {
            return Optional.of(concert);
        }
        if (path.startsWith("/api/v1/users")) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
