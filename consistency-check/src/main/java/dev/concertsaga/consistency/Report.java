package dev.concertsaga.consistency;

import java.util.List;
import java.util.Map;

/**
 * What the check found: every violation, and how many of each thing it looked at (so that "no violation" can be
 * told apart from "nothing was checked").
 */
public record Report(List<Violation> violations, Map<String, Long> inspected) {

    public boolean consistent() {
        return violations.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Consistency check: inspected ").append(inspected).append('\n');
        if (consistent()) {
            return text.append("OK: every guarantee holds.").toString();
        }
        text.append(violations.size()).append(" violation(s):\n");
        violations.forEach(violation -> text.append("  ").append(violation).append('\n'));
        return text.toString();
    }
}
