package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.List;

/** The table printed once everything is healthy: what runs where. */
final class Summary {

    /** Where the local stack serves the booking page and the saga explorer (DESIGN §11). */
    static final int WEB_PORT = 8088;

    private final Settings settings;
    private final Databases databases;
    private final List<DemoData.DemoUser> users;

    Summary(Settings settings, Databases databases, List<DemoData.DemoUser> users) {
        this.settings = settings;
        this.databases = databases;
        this.users = users;
    }

    void print(Duration ready) {
        String line = "-".repeat(118);
        System.out.println();
        System.out.println(line);
        System.out.printf("%-17s %-23s %-39s %s%n", "service", "API", "Swagger UI", "health");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            System.out.printf("%-17s %-23s %-39s %s%n", spec.name(), spec.baseUrl(), spec.baseUrl() + "/swagger-ui.html",
                    spec.baseUrl() + "/actuator/health");
        }
        if (settings.instances() > 1) {
            for (ServiceSpec spec : ServiceSpec.ALL) {
                System.out.printf("%-17s %s, round robin behind port %d%n", spec.name(), spec.instancePorts(settings.instances()).stream()
                        .map(port -> "localhost:" + port).collect(java.util.stream.Collectors.joining(", ")), spec.port());
            }
        }
        ServiceSpec provider = ServiceSpec.PSP_SIMULATOR;
        System.out.printf("%-17s %-23s %-39s %s%n", provider.name(), provider.baseUrl(), "(card provider: tok_ok, tok_declined, …)",
                provider.baseUrl() + "/health");
        System.out.printf("%-17s %-23s %s%n", "web app", "http://localhost:" + WEB_PORT, "book a seat, and explore every payment's saga");
        System.out.println(line);
        System.out.printf("%-17s %s (KRaft)%n", "Kafka", settings.kafkaAddress());
        System.out.printf("%-17s %s/zipkin/  (traces; a payment's timeline gives its traceId)%n", "Zipkin", ZipkinServer.URL);
        for (ServiceSpec spec : ServiceSpec.WITH_PROVIDER) {
            System.out.printf("%-17s %s%n", "PostgreSQL", databases.of(spec).url() + "  (" + spec.name() + ")");
        }
        users.forEach(user -> System.out.printf("%-17s %s: userId %d, charged %,d points on the first run%n", "demo user", user.name(), user.userId(), user.points()));
        System.out.printf("%-17s %s%n", "logs", settings.logs());
        System.out.println(line);
        System.out.printf("All healthy in %.1f s. Data is kept between runs (--reset starts empty). Ctrl-C stops everything.%n%n",
                ready.toMillis() / 1000.0);
    }
}
