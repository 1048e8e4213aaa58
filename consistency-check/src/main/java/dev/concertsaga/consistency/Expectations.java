package dev.concertsaga.consistency;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the caller knows that the system cannot tell: what its clients were answered, and which records it sent as bad
 * input on purpose (those belong in a dead-letter topic; anything else there is a violation).
 *
 * @param clientAnswers every status each payment was answered with (see {@link ClientAnswers})
 * @param badInput      where the records sent as bad input landed
 */
public record Expectations(Map<UUID, Set<String>> clientAnswers, Set<RecordPosition> badInput) {

    public static Expectations none() {
        return new Expectations(Map.of(), Set.of());
    }
}
