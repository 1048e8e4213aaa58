package dev.concertsaga.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two users with points, made through the public API on the first run and remembered after that: Alice can afford any
 * seat, Bob only the cheapest, so paying for a dearer seat shows the compensation path. Concerts, schedules and seats
 * come with concert-service's own seed migration.
 */
final class DemoData {

    /** A demo user and the points charged to it on the first run. */
    record DemoUser(String name, long userId, long points) {
    }

    private static final Pattern USER_ID = Pattern.compile("\"userId\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Long> USERS = new LinkedHashMap<>();

    static {
        USERS.put("Alice", 500_000L);
        USERS.put("Bob", 60_000L);
    }

    private DemoData() {
    }

    static List<DemoUser> ensure(Settings settings) {
        Path file = settings.home().resolve("demo-users.properties");
        Properties known = read(file);
        if (known.isEmpty()) {
            USERS.forEach((name, points) -> known.setProperty(name, Long.toString(create(name, points))));
            write(file, known);
        }
        return USERS.entrySet().stream()
                .map(user -> new DemoUser(user.getKey(), Long.parseLong(known.getProperty(user.getKey())), user.getValue()))
                .toList();
    }

    private static long create(String name, long points) {
        String users = "http://localhost:8083/api/v1/users";
        Matcher id = USER_ID.matcher(post(users, "{\"name\":\"" + name + "\"}"));
        if (!id.find()) {
            throw new StartupFailure("user-service did not create the demo user " + name);
        }
        long userId = Long.parseLong(id.group(1));
        post(users + "/" + userId + "/points/charge", "{\"amount\":" + points + "}");
        return userId;
    }

    private static String post(String url, String json) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new StartupFailure("POST " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new StartupFailure("POST " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while creating demo data");
        }
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties) {
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, "demo users made by the local stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
