package dev.concertsaga.messaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies each event once although Kafka delivers at least once: the event's id is recorded in the same transaction
 * as its effect, so a repeat finds it and is skipped, and a failed effect leaves no record behind.
 */
final class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();

    Inbox(DataSource dataSource, PlatformTransactionManager transactionManager, MeterRegistry meters) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.meters = meters;
    }

    /** Per consumer: events applied, and repeats skipped; counted once their transaction committed. */
    private record Counters(Counter applied, Counter duplicates) {
    }

    /** Where a batch stopped: the event whose effect (or the commit after it) failed, and why. */
    record BatchFailure(int index, RuntimeException cause) {
    }

    /**
     * Applies a batch of events in one transaction, each at most once: one statement records the ids of the events
     * that have an effect, and only those recorded for the first time run, in {@code order} (stable: events that
     * compare equal keep the order they came in). If an effect fails, the transaction rolls back, the events that came
     * before it are applied again in a transaction of their own (they did nothing wrong), and the failure names the
     * event that caused it, by its position as it came, for the caller to retry or dead-letter.
     *
     * @param consumers the consumer each event is recorded under: one per topic of the service
     * @param effects   the effect of an event here, empty for an event this consumer ignores (no row is recorded)
     * @param prepare   runs in the transaction before the first effect, with the events whose effects will run; a
     *                  failure there is the first of those events' failure
     * @return the failure, or empty if the whole batch committed
     */
    <V extends EventEnvelope<?>> Optional<BatchFailure> onceEach(Function<? super V, String> consumers, List<V> envelopes,
                                                                 Function<V, Optional<Runnable>> effects, Comparator<? super V> order,
                                                                 Consumer<List<V>> prepare) {
        Optional<BatchFailure> failure = attempt(consumers, envelopes, effects, order, prepare);
        if (failure.isPresent() && failure.get().index() > 0) {
            Optional<BatchFailure> before = attempt(consumers, envelopes.subList(0, failure.get().index()), effects, order, prepare);
            if (before.isPresent()) {
                return Optional.of(new BatchFailure(0, before.get().cause()));
            }
        }
        return failure;
    }

    private <V extends EventEnvelope<?>> Optional<BatchFailure> attempt(Function<? super V, String> consumers, List<V> envelopes,
                                                                        Function<V, Optional<Runnable>> effects, Comparator<? super V> order,
                                                                        Consumer<List<V>> prepare) {
        List<Integer> sequence = IntStream.range(0, envelopes.size()).boxed()
                .sorted(Comparator.comparing(envelopes::get, order)).toList();
        int[] current = {0};
        Map<String, Tally> tallies = new HashMap<>();
        try {
            List<Optional<Runnable>> planned = envelopes.stream().map(effects).toList();
            if (planned.stream().allMatch(Optional::isEmpty)) {
                // A poll of events this consumer ignores, e.g. user-service's PaymentRequested: no transaction to open.
                return Optional.empty();
            }
            transaction.executeWithoutResult(status -> {
                Set<UUID> fresh = firstTime(IntStream.range(0, envelopes.size()).filter(i -> planned.get(i).isPresent())
                        .mapToObj(envelopes::get).toList(), consumers);
                List<Integer> toRun = sequence.stream().filter(i -> planned.get(i).isPresent() && fresh.contains(envelopes.get(i).eventId())).toList();
                if (!toRun.isEmpty()) {
                    current[0] = toRun.get(0);
                    prepare.accept(toRun.stream().map(envelopes::get).toList());
                }
                for (int i : sequence) {
                    current[0] = i;
                    V envelope = envelopes.get(i);
                    if (planned.get(i).isPresent() && fresh.remove(envelope.eventId())) {
                        planned.get(i).get().run();
                        tallies.computeIfAbsent(consumers.apply(envelope), name -> new Tally()).applied++;
                    } else if (planned.get(i).isPresent()) {
                        tallies.computeIfAbsent(consumers.apply(envelope), name -> new Tally()).duplicates++;
                        LOG.debug("{} skips {} {}: already applied", consumers.apply(envelope), envelope.type(), envelope.eventId());
                    }
                }
            });
            tallies.forEach((consumer, tally) -> {
                Counters counted = countersOf(consumer);
                counted.applied().increment(tally.applied);
                counted.duplicates().increment(tally.duplicates);
            });
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new BatchFailure(current[0], e));
        }
    }

    private Counters countersOf(String consumer) {
        return counters.computeIfAbsent(consumer, name -> new Counters(
                Counter.builder("inbox.events.applied").description("Events applied, each once").tag("consumer", name).register(meters),
                Counter.builder("inbox.events.duplicates").description("Repeated events skipped").tag("consumer", name).register(meters)));
    }

    /** Events applied, and repeats skipped, by one consumer in one transaction. */
    private static final class Tally {
        int applied;
        int duplicates;
    }

    /** Records the events' ids, each under its consumer, in one statement; returns those that were not recorded before. */
    private <V extends EventEnvelope<?>> Set<UUID> firstTime(List<V> envelopes, Function<? super V, String> consumers) {
        if (envelopes.isEmpty()) {
            return new HashSet<>();
        }
        String values = envelopes.stream().map(envelope -> "(?, ?)").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(envelopes.size() * 2);
        envelopes.forEach(envelope -> {
            params.add(consumers.apply(envelope));
            params.add(envelope.eventId());
        });
        return new HashSet<>(jdbc.sql("INSERT INTO messaging.inbox (consumer, event_id) VALUES " + values
                        + " ON CONFLICT DO NOTHING RETURNING event_id")
                .params(params)
                .query(UUID.class)
                .list());
    }
}
