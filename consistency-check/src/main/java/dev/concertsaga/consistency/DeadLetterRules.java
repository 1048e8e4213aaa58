package dev.concertsaga.consistency;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.concertsaga.consistency.DeadLetters.DeadLetter;

/**
 * Nothing sits in a dead-letter topic that was not bad input, counted by original record (one per topic, partition and
 * offset), not by the copies each rejecting consumer group writes; and every record sent as bad input was rejected.
 */
final class DeadLetterRules {

    private DeadLetterRules() {
    }

    static void check(Snapshot snapshot, List<Violation> violations) {
        Set<RecordPosition> badInput = snapshot.expectations().badInput();
        Map<String, Set<RecordPosition>> unexpected = new TreeMap<>(snapshot.deadLetters().stream()
                .filter(letter -> !badInput.contains(letter.original()))
                .collect(Collectors.groupingBy(DeadLetter::topic, Collectors.mapping(DeadLetter::original, Collectors.toSet()))));
        unexpected.forEach((topic, originals) -> violations.add(new Violation("NOTHING_IN_A_DEAD_LETTER_TOPIC", topic,
                originals.size() + " record(s) that were not sent as bad input, e.g. " + originals.iterator().next())));
        Set<RecordPosition> rejected = snapshot.deadLetters().stream().map(DeadLetter::original).collect(Collectors.toSet());
        badInput.stream().filter(position -> !rejected.contains(position)).sorted(java.util.Comparator.comparing(RecordPosition::toString))
                .forEach(position -> violations.add(new Violation("BAD_INPUT_IS_DEAD_LETTERED", "record " + position, "not in any dead-letter topic")));
    }

    /** Distinct original records per dead-letter topic. */
    static Map<String, Long> distinctOriginals(List<DeadLetter> letters) {
        return letters.stream().collect(Collectors.groupingBy(DeadLetter::topic, TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(DeadLetter::original, Collectors.toSet()), set -> (long) set.size())));
    }
}
