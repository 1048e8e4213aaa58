package dev.concertsaga.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting and stopping the processes of the stack, each writing to a log file of its own. */
final class ChildProcess {

    private ChildProcess() {
    }

    static Process start(List<String> command, Path log) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new StartupFailure("cannot start " + command.get(command.size() - 1), e);
        }
    }

    /** Asks politely (SIGTERM, so Spring and Kafka shut down gracefully), then insists; children included. */
    static void stop(Process process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Why a process failed to start, from its log: Spring Boot's failure analysis if it wrote one, otherwise the
     * root cause of the last exception, otherwise the last lines.
     */
    static String reason(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            int analysis = lines.lastIndexOf("APPLICATION FAILED TO START");
            if (analysis >= 0) {
                return String.join("\n", lines.subList(analysis + 2, lines.size())).strip() + "\n(full log: " + log + ")";
            }
            return lines.stream().filter(line -> line.startsWith("Caused by: ")).reduce((first, last) -> last)
                    .map(cause -> cause.substring("Caused by: ".length()) + "\n(full log: " + log + ")")
                    .orElseGet(() -> tail(log));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** The last lines of a log: usually where a failed start says why. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size())) + "\n(full log: " + log + ")";
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
