package dev.concertsaga.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the shared plumbing, under {@code messaging.*}. Every one has a default that suits a local run.
 *
 * @param relay             the outbox relay
 * @param inbox             how long the record of applied events keeps them
 * @param cancelledPayments how long the record of cancelled payments ({@link dev.concertsaga.messaging.CancelledPayments})
 *                          keeps them
 * @param consumer          retries of a listener that fails for a transient reason
 * @param backgroundPool    the connections that relays, listeners and schedulers may use
 * @param topics            how the topics are created when they do not exist
 */
@ConfigurationProperties("messaging")
public record MessagingProperties(
        @DefaultValue Relay relay,
        @DefaultValue Retention inbox,
        @DefaultValue Retention cancelledPayments,
        @DefaultValue Consumer consumer,
        @DefaultValue BackgroundPool backgroundPool,
        @DefaultValue TopicSettings topics) {

    /**
     * @param pollInterval how often the relay looks through the table for rows no commit handed it (a safety net: a commit
     *                     hands the relay its rows at once)
     * @param batchSize    the most rows one claim takes
     * @param lease        how long a claim keeps other relays off its rows; after that they are published again
     * @param sendTimeout  how long the relay waits for the broker to acknowledge a batch
     * @param autoStartup  whether this instance runs a relay (rows are published by whichever instances do)
     */
    public record Relay(
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("200") int batchSize,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("10s") Duration sendTimeout,
            @DefaultValue("true") boolean autoStartup) {
    }

    /**
     * How long the rows of a table that only remembers are kept: the inbox's applied event ids (longer than any
     * redelivery can take), the cancelled payments (longer than a saga step can trail its payment's cancellation: a step
     * on another topic arrives as late as its consumer lags).
     *
     * @param retention        how long a row is remembered
     * @param cleanupInterval  how often older rows are removed
     * @param cleanupBatchSize the most rows one delete statement removes
     */
    public record Retention(@DefaultValue("7d") Duration retention, @DefaultValue("1h") Duration cleanupInterval,
                            @DefaultValue("1000") int cleanupBatchSize) {
    }

    /**
     * A transient failure is retried with exponential back-off for as long as it lasts; it is never skipped.
     *
     * @param initialBackOff the first pause
     * @param maxBackOff     the longest pause (keep it well under {@code max.poll.interval.ms})
     * @param concurrency    consumer threads per listener; the topic's partitions are shared among them and among
     *                       the other instances of the service. One by default: on two cores a second consumer per
     *                       listener halved the saga's throughput (its polling costs more than it overlaps); scale out
     *                       with instances, or raise it where there are cores to spare
     * @param commitInterval how often a consumer commits its offsets: zero (the default) after every poll; otherwise
     *                       after a poll, at most this often, saving the broker a request per poll (a record whose
     *                       offset was not committed yet when a consumer dies comes again and is skipped by the inbox).
     *                       Not the default: in one chaos run with 500 ms the system did not become quiet after the
     *                       poison records were dead-lettered (see README, Benchmark)
     */
    public record Consumer(@DefaultValue("200ms") Duration initialBackOff, @DefaultValue("10s") Duration maxBackOff,
                           @DefaultValue("1") int concurrency, @DefaultValue("0ms") Duration commitInterval) {
    }

    /** @param maxSize connections for background work, apart from the {@code spring.datasource.hikari} pool of requests */
    public record BackgroundPool(@DefaultValue("10") int maxSize) {
    }

    /**
     * @param partitions        partitions of each topic this service creates
     * @param replicationFactor replicas of each; -1 takes the broker's default
     */
    public record TopicSettings(@DefaultValue("6") int partitions, @DefaultValue("-1") short replicationFactor) {
    }
}
