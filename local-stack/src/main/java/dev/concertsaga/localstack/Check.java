package dev.concertsaga.localstack;

import dev.concertsaga.consistency.ConsistencyCheck;
import dev.concertsaga.consistency.Report;
import dev.concertsaga.consistency.Sources;

/** {@code --check}: the consistency check of the system tests, against the stack running on this machine. */
final class Check {

    private Check() {
    }

    /** Prints the report; true when every guarantee holds. */
    static boolean run(Settings settings) {
        Report report = ConsistencyCheck.run(new Sources(database("payment-service", settings), database("queue-service", settings),
                database("concert-service", settings), database("user-service", settings), settings.kafkaAddress()));
        System.out.println(report);
        return report.consistent();
    }

    private static Sources.Database database(String service, Settings settings) {
        ServiceSpec spec = ServiceSpec.ALL.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow();
        Databases.Database database = Databases.configured(spec, settings);
        return new Sources.Database(database.url(), database.username(), database.password());
    }
}
