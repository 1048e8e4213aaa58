package dev.concertsaga.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The crashes: kill -9 of each service, of the broker and of PostgreSQL (the postmaster and its backends), one after
 * another while customers pay. Each time, it waits for the supervisor to report the process UP again and measures
 * from there to the first record a consumer group applied, and to the next payment a client saw COMPLETED.
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

    List<Fault> runAll() {
        List<Fault> faults = new ArrayList<>();
        stack.services().forEach(service -> faults.add(crash(service, true, List.of(service.name()))));
        faults.add(crash(stack.kafka(), false, ConsumerProgress.SUBSCRIPTIONS.keySet()));
        stack.databases().embedded().ifPresent(postgres -> faults.add(crash(postgres, false, ConsumerProgress.SUBSCRIPTIONS.keySet())));
        return faults;
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
