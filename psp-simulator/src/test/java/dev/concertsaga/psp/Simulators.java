package dev.concertsaga.psp;

import java.time.Duration;

import dev.concertsaga.testsupport.TestInfrastructure;

/** Simulators on the shared test PostgreSQL, each on a free port; all share one ledger database. */
final class Simulators {

    private Simulators() {
    }

    static SimulatorSettings settings() {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        return SimulatorSettings.forTests(infrastructure.jdbcUrl("psp_simulator"), infrastructure.username(), infrastructure.password());
    }

    static PspSimulator start() {
        return PspSimulator.start(settings());
    }

    static PspSimulator start(double flakyRate, Duration slowDelay, Duration timeoutDelay) {
        SimulatorSettings base = settings();
        return PspSimulator.start(new SimulatorSettings(0, base.jdbcUrl(), base.username(), base.password(), slowDelay, timeoutDelay,
                flakyRate, new Faults(Duration.ZERO, 0)));
    }
}
