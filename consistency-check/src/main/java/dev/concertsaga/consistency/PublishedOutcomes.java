package dev.concertsaga.consistency;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the public topic {@code payment-events} says was decided: each payment's outcomes as published
 * ({@code COMPLETED} for PaymentCompleted, {@code CANCELLED} for PaymentCancelled; a replayed record counts once).
 *
 * @param outcomes by payment id
 * @param complete whether the topic still holds everything ever published to it (nothing aged out), so that a
 *                 decided payment missing from it is missing indeed
 */
record PublishedOutcomes(Map<UUID, Set<String>> outcomes, boolean complete) {

    static final PublishedOutcomes NOT_READ = new PublishedOutcomes(Map.of(), false);
}
