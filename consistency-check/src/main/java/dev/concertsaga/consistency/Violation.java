package dev.concertsaga.consistency;

/**
 * One broken guarantee.
 *
 * @param rule    which guarantee, e.g. {@code COMPLETED_MEANS_SEAT_SOLD}
 * @param subject what breaks it, e.g. {@code payment 0193…}
 * @param detail  what was found instead
 */
public record Violation(String rule, String subject, String detail) {

    @Override
    public String toString() {
        return rule + ": " + subject + " — " + detail;
    }
}
