package dev.concertsaga.localstack;

/** Something the stack needs did not come up; the message says what and why. */
final class StartupFailure extends RuntimeException {

    StartupFailure(String message) {
        super(message);
    }

    StartupFailure(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
