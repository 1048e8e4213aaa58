package dev.concertsaga.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The crashes: kill -9 of each service, of the broker and of PostgreSQL (the postmaster and its backends), one after
 * another while customers pay. Each time, it waits for the supervisor to report the process UP again and measures
 * from there to the first record a consumer group applied, and to the next payment a client saw COMPLETED.
 * payment-service is killed while a card charge is made at the provider and not yet recorded by it (the card
 * customers' {@code tok_timeout} charges are committed at the provider and answered after the client gave up): after
 * its restart it must find the charge by its idempotency key, never charge again, and refund it if the payment was
 * cancelled meanwhile, which the consistency check's money rules then prove.
 */
final class ChaosFaults {

    /** One crash and the recovery from it; a duration is null when it did not happen in time. */
    record Fault(String name, boolean service, Instant killedAt, Instant upAt, Duration upToConsumed, Duration upToCompleted) {

        Duration down() {
            return upAt == null ? null : Duration.between(killedAt, upAt);
        }
    }

    private static final Duration BACK_WITHIN = Duration.ofMinutes(5);
    private static final Duration MEASURE_WITHIN = Duration.ofSeconds(30);

    private final LocalStack stack;
    private final ChaosRecord record;
    private final ConsumerProgress progress;
    private final Map<String, Instant> ups = new ConcurrentHashMap<>();

    ChaosFaults(LocalStack stack, ChaosRecord record, ConsumerProgress progress) {
        this.stack = stack;
        this.record = record;
        this.progress = progress;
        stack.onRestarted(ups::put);
    }

    private static final Duration CHARGE_IN_FLIGHT_WITHIN = Duration.ofSeconds(90);
    private static final ServiceSpec PAYMENT = ServiceSpec.ALL.stream().filter(spec -> spec.name().equals("payment-service")).findFirst().orElseThrow();

    List<Fault> runAll() {
        List<Fault> faults = new ArrayList<>();
        stack.services().forEach(service -> {
            if (service.name().equals(PAYMENT.name())) {
                awaitChargeInFlight();
            }
            faults.add(crash(service, true, List.of(service.name())));
        });
        faults.add(crash(stack.kafka(), false, ConsumerProgress.SUBSCRIPTIONS.keySet()));
        stack.databases().embedded().ifPresent(postgres -> faults.add(crash(postgres, false, ConsumerProgress.SUBSCRIPTIONS.keySet())));
        return faults;
    }

    /** Waits until the provider has made a charge that payment-service has not recorded yet; a finding if none comes. */
    private void awaitChargeInFlight() {
        Databases.Database payments = stack.databases().of(PAYMENT);
        Databases.Database provider = stack.databases().of(ServiceSpec.PSP_SIMULATOR);
        Instant deadline = Instant.now().plus(CHARGE_IN_FLIGHT_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> key = chargeInFlight(payments, provider);
            if (key.isPresent()) {
                Log.info("chaos: the provider has made charge " + key.get() + ", payment-service has not recorded it yet");
                record.killedBetweenChargingAndRecording(key.get());
                return;
            }
            ChildProcess.pause(Duration.ofMillis(50));
        }
        record.finding("no card charge was in flight (made at the provider, not yet recorded) within "
                + CHARGE_IN_FLIGHT_WITHIN.toSeconds() + " s, so payment-service was not killed between charging and recording");
    }

    /** A key of a charge the provider committed and payment-service still has PENDING. */
    private static Optional<String> chargeInFlight(Databases.Database payments, Databases.Database provider) {
        try (Connection pending = DriverManager.getConnection(payments.url(), payments.username(), payments.password());
             Connection made = DriverManager.getConnection(provider.url(), provider.username(), provider.password());
             PreparedStatement keys = pending.prepareStatement("SELECT idempotency_key FROM card_charge WHERE status = 'PENDING'");
             PreparedStatement charged = made.prepareStatement("SELECT 1 FROM charge WHERE idempotency_key = ? AND status = 'SUCCEEDED'");
             ResultSet rows = keys.executeQuery()) {
            while (rows.next()) {
                charged.setString(1, rows.getString(1));
                try (ResultSet hit = charged.executeQuery()) {
                    if (hit.next()) {
                        return Optional.of(rows.getString(1));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private Fault crash(Supervised child, boolean service, Collection<String> groups) {
        ups.remove(child.name());
        Log.info("chaos: kill -9 " + child.name());
        Instant killedAt = Instant.now();
        kill(child.process());
        ChaosApi.until(BACK_WITHIN, () -> ups.containsKey(child.name()));
        Instant upAt = ups.get(child.name());
        if (upAt == null) {
            record.finding(child.name() + " was not back within " + BACK_WITHIN.toMinutes() + " min of its kill -9");
            return new Fault(child.name(), service, killedAt, null, null, null);
        }
        Duration consumed = firstConsumed(groups, upAt);
        Instant[] completed = {null};
        ChaosApi.until(MEASURE_WITHIN, () -> (completed[0] = record.firstCompletionAfter(upAt).orElse(null)) != null);
        Fault fault = new Fault(child.name(), service, killedAt, upAt, consumed, completed[0] == null ? null : Duration.between(upAt, completed[0]));
        Log.info("chaos: " + child.name() + " back after " + ChaosSummary.seconds(fault.down()) + "; UP → first consumed "
                + ChaosSummary.seconds(consumed) + ", UP → next completed " + ChaosSummary.seconds(fault.upToCompleted()));
        return fault;
    }

    /** The process and everything it started (PostgreSQL's backends), all at once: SIGKILL. */
    private static void kill(ProcessHandle process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    /** From UP until any of the groups commits past where it stood at UP. */
    private Duration firstConsumed(Collection<String> groups, Instant upAt) {
        Map<String, Long> baseline = new HashMap<>();
        ChaosApi.until(MEASURE_WITHIN, () -> {
            groups.forEach(group -> progress.committed(group).ifPresent(offset -> baseline.putIfAbsent(group, offset)));
            return baseline.size() == groups.size();
        });
        Instant[] moved = {null};
        ChaosApi.until(MEASURE_WITHIN, () -> {
            boolean any = groups.stream().anyMatch(group -> {
                OptionalLong now = progress.committed(group);
                return now.isPresent() && now.getAsLong() > baseline.getOrDefault(group, Long.MAX_VALUE);
            });
            if (any) {
                moved[0] = Instant.now();
            }
            return any;
        });
        return moved[0] == null ? null : Duration.between(upAt, moved[0]);
    }
}
