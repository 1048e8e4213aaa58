package dev.concertsaga.localstack;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Everything the chaos run's clients saw: each payment answer (also written to the answers file), errors, findings. */
final class ChaosRecord implements AutoCloseable {

    /** A 5xx answer. */
    record ServerError(Instant at, String request, int status) {
    }

    private final BufferedWriter answers;
    private final Path answersFile;
    private final List<Instant> completions = new ArrayList<>();
    private final Set<UUID> payments = ConcurrentHashMap.newKeySet();
    private final List<ServerError> serverErrors = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private final AtomicLong connectionFailures = new AtomicLong();

    ChaosRecord(Path answersFile) {
        try {
            this.answersFile = answersFile;
            this.answers = Files.newBufferedWriter(answersFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client was answered that {@code paymentId} is {@code status}. */
    synchronized void answer(UUID paymentId, String status) {
        payments.add(paymentId);
        if (status.equals("COMPLETED")) {
            completions.add(Instant.now());
        }
        try {
            answers.write(paymentId + " " + status + "\n");
            answers.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void serverError(String request, int status) {
        serverErrors.add(new ServerError(Instant.now(), request, status));
    }

    void connectionFailed() {
        connectionFailures.incrementAndGet();
    }

    private volatile String chargeInFlightAtKill;

    /** payment-service is about to be killed while the provider has made this charge and payment-service has not recorded it. */
    void killedBetweenChargingAndRecording(String idempotencyKey) {
        chargeInFlightAtKill = idempotencyKey;
    }

    Optional<String> chargeInFlightAtKill() {
        return Optional.ofNullable(chargeInFlightAtKill);
    }

    /** Something the chaos run itself found wrong (beyond the consistency check). */
    synchronized void finding(String finding) {
        findings.add(finding);
        System.err.println(Log.now() + "  FINDING: " + finding);
    }

    int paymentsStarted() {
        return payments.size();
    }

    synchronized Optional<Instant> firstCompletionAfter(Instant at) {
        return completions.stream().filter(c -> c.isAfter(at)).findFirst();
    }

    synchronized List<Instant> completions() {
        return List.copyOf(completions);
    }

    synchronized List<ServerError> serverErrors() {
        return List.copyOf(serverErrors);
    }

    synchronized List<String> findings() {
        return List.copyOf(findings);
    }

    long connectionFailures() {
        return connectionFailures.get();
    }

    Path answersFile() {
        return answersFile;
    }

    @Override
    public synchronized void close() {
        try {
            answers.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
