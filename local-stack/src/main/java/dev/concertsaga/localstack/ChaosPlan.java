package dev.concertsaga.localstack;

import java.time.Duration;

/**
 * How big a chaos run is.
 *
 * @param sagas       at least this many payments are started (traffic goes on until every fault is done, too)
 * @param trafficCap  traffic stops after this, however far it got
 * @param payers      customers who can pay (each also tries the hostile variants: foreign token, foreign reservation, races, repeated keys)
 * @param shortOfPoints customers who always lack points
 * @param seats       seats added for the run (every completed payment sells one)
 * @param hostileRounds how often the hostile requests are sent
 * @param quietCap    how long the system may take to become quiet afterwards
 */
record ChaosPlan(int sagas, Duration trafficCap, int payers, int shortOfPoints, int seats, int hostileRounds, Duration quietCap) {

    static ChaosPlan of(boolean longForm) {
        return longForm
                ? new ChaosPlan(3_000, Duration.ofMinutes(25), 8, 4, 8_000, 10, Duration.ofMinutes(10))
                // Sized for .ci/run's budget of 6 minutes on 2 cores: about 80 s to start, 3.5 min of traffic, the rest.
                : new ChaosPlan(300, Duration.ofSeconds(210), 6, 3, 3_000, 2, Duration.ofMinutes(2));
    }

    /** The scale-out run ({@link ScaleOutRun}): the plain stream, no hostile rounds; sized to add under 5 minutes to .ci/run. */
    static ChaosPlan scaleOut() {
        return new ChaosPlan(200, Duration.ofSeconds(120), 4, 2, 1_500, 0, Duration.ofMinutes(2));
    }
}
