package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;

import dev.concertsaga.consistency.Report;

/** A scenario on the shared system: whatever it did, it ends with every guarantee of DESIGN §5 checked. */
abstract class SagaScenario {

    protected final SagaSystem system = SagaSystem.shared();

    @AfterEach
    void leaves_every_service_consistent() {
        Report report = system.awaitQuietAndCheck();
        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(report.inspected().get("payments")).as("the check saw the payments").isPositive();
    }
}
