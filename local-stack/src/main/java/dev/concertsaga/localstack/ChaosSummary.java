package dev.concertsaga.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.concertsaga.consistency.Report;

/** What the chaos run prints at the end, and its verdict. */
final class ChaosSummary {

    static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);
    /** A request this long after PostgreSQL was UP again still counts as sent during its outage. */
    static final Duration OUTAGE_TAIL = Duration.ofSeconds(10);

    private final List<ChaosFaults.Fault> faults;
    private final ChaosRecord record;
    private final Instant trafficStart;
    private final Instant trafficEnd;
    private final List<String> failures = new ArrayList<>();

    ChaosSummary(List<ChaosFaults.Fault> faults, ChaosRecord record, Instant trafficStart, Instant trafficEnd) {
        this.faults = faults;
        this.record = record;
        this.trafficStart = trafficStart;
        this.trafficEnd = trafficEnd;
    }

    /** Prints everything; true when nothing failed. */
    boolean print(Map<String, Long> outcomes, Map<Integer, Integer> hostile, long replayed, int poison, boolean quiet, Report report) {
        System.out.println();
        System.out.println("-".repeat(100));
        printFaults();
        record.chargeInFlightAtKill().ifPresent(key -> System.out.printf(
                "payment-service killed between charging and recording: the provider had made charge %s; the check below finds it charged once%n", key));
        System.out.printf("longest stretch with no completed payment: %s (traffic %s)%n", seconds(longestGap()), seconds(Duration.between(trafficStart, trafficEnd)));
        System.out.printf("payments started: %,d; outcomes: %s; TIMEOUT: %d%n", record.paymentsStarted(), outcomes,
                outcomes.getOrDefault("CANCELLED TIMEOUT", 0L));
        printServerErrors();
        System.out.printf("refused connections (a process down): %,d%n", record.connectionFailures());
        System.out.printf("records replayed: %,d; poison records sent: %d; hostile requests by status: %s%n", replayed, poison, hostile);
        if (!quiet) {
            failures.add("the system did not become quiet");
        }
        System.out.println(report);
        System.out.printf("client answers about payments: %,d; vanished or went back since: %d%n", record.paymentsStarted(),
                report.violations().stream().filter(v -> v.rule().equals("WHAT_A_CLIENT_WAS_TOLD_STAYS_TRUE")).count());
        failures.addAll(record.findings());
        report.violations().forEach(violation -> failures.add(violation.toString()));
        System.out.println("-".repeat(100));
        failures.forEach(failure -> System.out.println("FAILED: " + failure));
        System.out.println(failures.isEmpty() ? "Chaos run passed." : "Chaos run failed: " + failures.size() + " finding(s).");
        return failures.isEmpty();
    }

    private void printFaults() {
        System.out.printf("%-17s %10s %18s %18s%n", "kill -9", "down for", "UP → 1st consumed", "UP → next completed");
        for (ChaosFaults.Fault fault : faults) {
            System.out.printf("%-17s %10s %18s %18s%n", fault.name(), seconds(fault.down()), seconds(fault.upToConsumed()), seconds(fault.upToCompleted()));
            boolean slow = fault.upToConsumed() == null || fault.upToConsumed().compareTo(RECOVERY_BOUND) > 0;
            if (fault.service() && slow) {
                failures.add(fault.name() + ": UP → first consumed record " + seconds(fault.upToConsumed()) + ", bound " + seconds(RECOVERY_BOUND));
            }
        }
    }

    private void printServerErrors() {
        List<ChaosRecord.ServerError> errors = record.serverErrors();
        List<ChaosRecord.ServerError> outage = errors.stream().filter(e -> e.status() == 503 && duringPostgresOutage(e.at())).toList();
        List<ChaosRecord.ServerError> others = errors.stream().filter(e -> !outage.contains(e)).toList();
        System.out.printf("5xx answers: %d (503 during the PostgreSQL outage: %d; any other: %d)%n", errors.size(), outage.size(), others.size());
        others.stream().limit(20).forEach(e -> System.out.println("  " + e.status() + " " + e.request() + " at " + e.at()));
        if (!others.isEmpty()) {
            failures.add(others.size() + " 5xx answer(s) other than 503 during the PostgreSQL outage, e.g. " + others.get(0));
        }
    }

    private boolean duringPostgresOutage(Instant at) {
        return faults.stream().filter(f -> f.name().equals("postgresql")).anyMatch(f -> !at.isBefore(f.killedAt())
                && (f.upAt() == null || at.isBefore(f.upAt().plus(OUTAGE_TAIL))));
    }

    private Duration longestGap() {
        Duration longest = Duration.ZERO;
        Instant previous = trafficStart;
        List<Instant> completions = new ArrayList<>(record.completions());
        completions.add(trafficEnd);
        for (Instant completion : completions) {
            Duration gap = Duration.between(previous, completion);
            longest = gap.compareTo(longest) > 0 ? gap : longest;
            previous = completion.isAfter(previous) ? completion : previous;
        }
        return longest;
    }

    static String seconds(Duration duration) {
        return duration == null ? "—" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
