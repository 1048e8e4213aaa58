package dev.concertsaga.localstack;

import java.util.List;
import java.util.Map;

/**
 * How a service's JVM runs in the local stack (and, through the bench, the monolith): a small heap that keeps each
 * process well under 512 MB resident, the serial collector (two cores leave nothing for a concurrent one), and the
 * C1 compiler only. Measured on two cores with four services and a broker: C2's compiling kept about a fifth of a
 * core per JVM busy for minutes and the saga ran at 8–13 payments/s, against 18–25/s with C1 alone (README,
 * "Benchmark"). On a machine with cores to spare, drop {@code -XX:TieredStopAtLevel=1}.
 * {@code SERVICE_JVM_OPTIONS} replaces these options, e.g. to try others in the benchmark.
 */
public final class ServiceJvm {

    public static final List<String> OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private ServiceJvm() {
    }

    static List<String> options(Map<String, String> environment) {
        String replaced = environment.getOrDefault("SERVICE_JVM_OPTIONS", "").strip();
        return replaced.isEmpty() ? OPTIONS : List.of(replaced.split("\\s+"));
    }
}
