package dev.concertsaga.web;

import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;

/** Which field of a JSON body could not be read, as a dotted path ({@code seat.price}, {@code items[2].id}). */
final class BodyFields {

    private BodyFields() {
    }

    static Optional<String> offending(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return Optional.of(jackson.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining()).replaceFirst("^\\.", ""));
            }
        }
        return Optional.empty();
    }
}
