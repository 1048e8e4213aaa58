package dev.concertsaga.bench;

/** The benchmark itself could not run: a system did not start, a phase completed nothing. Exit code 1. */
final class BenchFailure extends RuntimeException {

    BenchFailure(String message) {
        super(message);
    }

    BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
