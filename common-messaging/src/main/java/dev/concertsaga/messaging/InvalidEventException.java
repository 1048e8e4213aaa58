package dev.concertsaga.messaging;

/**
 * Thrown by a handler for an event that is well-formed but can never be applied (it contradicts the contract).
 * The record goes straight to the dead-letter topic: retrying bad input cannot help.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
