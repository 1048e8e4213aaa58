package dev.concertsaga.localstack;

import java.util.List;

/**
 * One of the four services (or the card provider) as the local stack runs it.
 *
 * @param name      the Maven module and application name
 * @param port      its HTTP port
 * @param arguments settings for a demo, on top of the service's defaults
 */
record ServiceSpec(String name, int port, List<String> arguments) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("payment-service", 8080, List.of()),
            // Admit waiting tokens every 200 ms, so a token is ACTIVE within a second of being taken.
            new ServiceSpec("queue-service", 8081, List.of("--queue.admission-interval=200ms")),
            new ServiceSpec("concert-service", 8082, List.of()),
            new ServiceSpec("user-service", 8083, List.of()));

    /** The card payment provider (DESIGN §12): a process and a database of its own, but no saga service. */
    static final ServiceSpec PSP_SIMULATOR = new ServiceSpec("psp-simulator", 8089, List.of());

    /** Every process the stack runs besides Kafka and PostgreSQL, each with its database. */
    static final List<ServiceSpec> WITH_PROVIDER = java.util.stream.Stream.concat(ALL.stream(), java.util.stream.Stream.of(PSP_SIMULATOR)).toList();

    /** The database name, e.g. payment_service. */
    String database() {
        return name.replace('-', '_');
    }

    /** The prefix of the environment variables that point this service at a database of your own, e.g. PAYMENT_SERVICE. */
    String environmentPrefix() {
        return name.replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Where its {@code instances} listen: its own port when it runs alone; otherwise ports from 18080, ten for each
     * service in the order of {@link #ALL} (payment-service 18080…, queue-service 18090…), behind a {@link Front} on
     * its own port.
     */
    List<Integer> instancePorts(int instances) {
        if (instances == 1) {
            return List.of(port);
        }
        int first = 18080 + 10 * ALL.indexOf(this);
        return java.util.stream.IntStream.range(first, first + instances).boxed().toList();
    }

    /** The name of one of its instances, counted from 1, e.g. payment-service-2; the plain name when it runs alone. */
    String instanceName(int index, int instances) {
        return instances == 1 ? name : name + "-" + (index + 1);
    }
}
