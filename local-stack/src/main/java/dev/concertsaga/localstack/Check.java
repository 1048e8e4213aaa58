package dev.concertsaga.localstack;

import java.util.Set;

import dev.concertsaga.consistency.ClientAnswers;
import dev.concertsaga.consistency.ConsistencyCheck;
import dev.concertsaga.consistency.Expectations;
import dev.concertsaga.consistency.Report;
import dev.concertsaga.consistency.Sources;

/** {@code --check}: the consistency check of the system tests, against the stack running on this machine. */
final class Check {

    private Check() {
    }

    /** Prints the report; true when every guarantee holds. */
    static boolean run(Settings settings) {
        Expectations expectations = settings.answers() == null ? Expectations.none()
                : new Expectations(ClientAnswers.read(settings.answers()), Set.of());
        Report report = run(settings, expectations);
        System.out.println(report);
        return report.consistent();
    }

    static Report run(Settings settings, Expectations expectations) {
        return ConsistencyCheck.run(sources(settings), expectations);
    }

    static Sources sources(Settings settings) {
        return new Sources(database("payment-service", settings), database("queue-service", settings),
                database("concert-service", settings), database("user-service", settings), settings.kafkaAddress(),
                database("psp-simulator", settings));
    }

    private static Sources.Database database(String service, Settings settings) {
        ServiceSpec spec = ServiceSpec.WITH_PROVIDER.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow();
        Databases.Database database = Databases.configured(spec, settings);
        return new Sources.Database(database.url(), database.username(), database.password());
    }
}
