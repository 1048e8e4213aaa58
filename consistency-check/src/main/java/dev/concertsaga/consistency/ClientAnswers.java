package dev.concertsaga.consistency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What clients were answered about payments, from a file of lines {@code <paymentId> <STATUS>} (PENDING, COMPLETED or
 * CANCELLED; one line per answer, in any order; blank lines and lines starting with {@code #} are skipped).
 */
public final class ClientAnswers {

    private static final Set<String> STATUSES = Set.of("PENDING", "COMPLETED", "CANCELLED");

    private ClientAnswers() {
    }

    /** Every status each payment was answered with. */
    public static Map<UUID, Set<String>> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the client answers in " + file, e);
        }
    }

    static Map<UUID, Set<String>> parse(List<String> lines) {
        Map<UUID, Set<String>> answers = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 2 || !STATUSES.contains(fields[1])) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not '<paymentId> PENDING|COMPLETED|CANCELLED': " + line);
            }
            answers.computeIfAbsent(UUID.fromString(fields[0]), id -> new TreeSet<>()).add(fields[1]);
        }
        return answers;
    }
}
