package dev.concertsaga.bench;

import java.util.List;
import java.util.Map;

/** One of the two systems the bench compares, started and loaded with buyers. */
interface SystemUnderTest extends AutoCloseable {

    /** "saga" or "monolith". */
    String name();

    /** Where {@code POST /api/v1/payments} is. */
    String paymentsUrl();

    /** The processes whose CPU counts against its payments. */
    List<Measured> processes();

    /** Makes sure at least {@code count} unused buyers are loaded (untimed). */
    Buyers buyers(int count);

    /** Consumer lag by group, summed over partitions; empty for the monolith. */
    Map<String, Long> consumerLag();

    /** The outbox publish lag timers of its services; null for the monolith. */
    OutboxLag outboxLag();

    @Override
    void close();
}
