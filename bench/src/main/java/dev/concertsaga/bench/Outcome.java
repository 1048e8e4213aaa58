package dev.concertsaga.bench;

/**
 * How one payment ended for the client: its final status (COMPLETED, CANCELLED) or an error, and the time from the
 * POST (or, in the open loop, from when it was due) to the answer that carried the final state.
 */
record Outcome(String status, String detail, long startNanos, long endNanos) {

    boolean completed() {
        return "COMPLETED".equals(status);
    }

    double millis() {
        return (endNanos - startNanos) / 1e6;
    }
}
