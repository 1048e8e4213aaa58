package dev.concertsaga.psp;

import java.time.Duration;
import java.util.Map;

/**
 * How the simulator is started, from the environment ({@code PSP_*}) with local defaults.
 *
 * @param port         the HTTP port; 0 picks a free one
 * @param slowDelay    how long {@code tok_slow} takes to answer
 * @param timeoutDelay how long {@code tok_timeout} waits after committing its charge before it answers: longer than
 *                     any sensible client timeout, so the client gives up on a charge that was made
 * @param flakyRate    the share of {@code tok_flaky} requests answered 503 without doing anything
 * @param faults       latency and fault rate for every request; changeable while running
 */
public record SimulatorSettings(int port, String jdbcUrl, String username, String password, Duration slowDelay,
                                Duration timeoutDelay, double flakyRate, Faults faults) {

    public static SimulatorSettings fromEnvironment(Map<String, String> env) {
        return new SimulatorSettings(
                Integer.parseInt(env.getOrDefault("PSP_PORT", "8089")),
                env.getOrDefault("PSP_DB_URL", "jdbc:postgresql://localhost:5432/psp_simulator"),
                env.getOrDefault("PSP_DB_USERNAME", "postgres"),
                env.getOrDefault("PSP_DB_PASSWORD", "postgres"),
                Duration.ofMillis(Long.parseLong(env.getOrDefault("PSP_SLOW_DELAY_MS", "2000"))),
                Duration.ofMillis(Long.parseLong(env.getOrDefault("PSP_TIMEOUT_DELAY_MS", "30000"))),
                Double.parseDouble(env.getOrDefault("PSP_FLAKY_RATE", "0.5")),
                new Faults(Duration.ofMillis(Long.parseLong(env.getOrDefault("PSP_LATENCY_MS", "0"))),
                        Double.parseDouble(env.getOrDefault("PSP_FAULT_RATE", "0"))));
    }

    /** For tests: a free port, the given database, short delays, no faults. */
    public static SimulatorSettings forTests(String jdbcUrl, String username, String password) {
        return new SimulatorSettings(0, jdbcUrl, username, password, Duration.ofSeconds(2), Duration.ofSeconds(10), 0.5,
                new Faults(Duration.ZERO, 0));
    }
}
