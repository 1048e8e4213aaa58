package dev.concertsaga.events;

/** A record that is not a valid event of this contract: not JSON, an unknown type or version, a missing field. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
