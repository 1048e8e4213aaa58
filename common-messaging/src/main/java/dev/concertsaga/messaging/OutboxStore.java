package dev.concertsaga.messaging;

import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.events.EventEnvelope;

/** The outbox table: rows go in with the business transaction and leave once the broker has them. */
class OutboxStore {

    /** Namespace of the advisory locks that serialise writers of one key; any constant unique to this use. */
    private static final int KEY_LOCK_NAMESPACE = 0x0B0C5A6A;

    /*
     * Taking a per-key lock before the rows get their ids means that, per key, ids are allocated in commit order: a
     * second writer of the key waits until the first commits. The relay publishes each key's rows in id order.
     * One statement for a transaction's rows, sent just before its commit: the locks are taken in the order of their
     * numbers, so two writers of the same keys never wait for each other in a circle; then the rows get their ids in
     * the order they were added (the sort feeds the insert). The arrays keep the statement's text the same for any
     * number of rows, so the driver prepares it once per connection.
     */
    private static final String INSERT = """
            WITH added AS (
                SELECT * FROM unnest(:topics, :keys, :eventIds, :eventTypes, :payloads, :traceparents, :tracestates)
                    WITH ORDINALITY AS a (topic, message_key, event_id, event_type, payload, traceparent, tracestate, position)
            ), key_lock AS (
                SELECT pg_advisory_xact_lock(:namespace, k.lock_key)
                FROM (SELECT DISTINCT hashtext(topic || '/' || message_key) AS lock_key FROM added ORDER BY 1) k
            )
            INSERT INTO messaging.outbox (topic, message_key, event_id, event_type, payload, traceparent, tracestate)
            SELECT a.topic, a.message_key, a.event_id, a.event_type, CAST(a.payload AS json), a.traceparent, a.tracestate
            FROM added a
            WHERE (SELECT count(*) FROM key_lock) > 0
            ORDER BY a.position
            RETURNING id
            """;

    /*
     * Both claims begin by deleting the rows the relay published since its previous claim: a relay cycle is one
     * statement and one commit, not a claim and a delete. The deleted rows are still visible to the rest of the
     * statement, so the claim passes over them by id: they are neither an older row of their key nor claimed again.
     */
    private static final String FORGET_PUBLISHED = """
            WITH published AS (DELETE FROM messaging.outbox WHERE id = ANY (:published))
            """;

    /** Leases the rows {@code claimed} selected, by primary key, and returns them. */
    private static final String LEASE = """
            UPDATE messaging.outbox o
            SET lease_owner = :owner, lease_until = now() + :leaseMillis * interval '1 millisecond'
            WHERE o.id = ANY (ARRAY(SELECT id FROM claimed))
            RETURNING o.id, o.topic, o.message_key, o.event_type, o.payload::text AS payload, o.created_at, o.traceparent, o.tracestate
            """;

    /**
     * The end of both claims, after their {@code heads}: each head brings at most a batch of its key's rows, oldest
     * first, and the rows are leased by primary key and returned.
     */
    private static final String HEADS_THEN_LEASE = """
            , claimed AS (
                SELECT k.id FROM heads h
                CROSS JOIN LATERAL (SELECT e.id FROM messaging.outbox e
                                    WHERE e.topic = h.topic AND e.message_key = h.message_key AND e.id <> ALL (:published)
                                    ORDER BY e.id LIMIT :batch) k
                ORDER BY k.id
                LIMIT :batch
            )
            """ + LEASE;

    /*
     * A key is claimable when its oldest row is not leased: SKIP LOCKED keeps two relays off the same head row,
     * and the lease keeps them off the whole key until the holder has published and deleted its rows. So every
     * key is published by one relay at a time, oldest row first, while relays share the work across keys.
     * Every step is bounded by the batch size, never by the backlog: heads are sought among the first row of each
     * key in a window of the oldest unleased rows, each head brings at most a batch of its key's rows, and the
     * update goes by primary key.
     *
     * "e.id + 0 < o.id" is not a range of the primary key, on purpose. A queue table's statistics say it is nearly
     * empty (vacuum finds a handful of live rows among many dead ones), so the planner took "every row older than the
     * head" from the primary key and filtered it by key: hundreds of rows, living and dead, for each head. Here the key
     * index finds the key's few rows, and their ids are compared.
     */
    private static final String CLAIM = FORGET_PUBLISHED + """
            , oldest AS (
                SELECT id, topic, message_key FROM messaging.outbox
                WHERE (lease_until IS NULL OR lease_until < now()) AND id <> ALL (:published)
                ORDER BY id
                LIMIT :window
            ), first_of_key AS (
                SELECT DISTINCT ON (topic, message_key) id FROM oldest ORDER BY topic, message_key, id
            ), heads AS (
                SELECT o.topic, o.message_key FROM messaging.outbox o
                WHERE o.id IN (SELECT id FROM first_of_key)
                  AND NOT EXISTS (SELECT 1 FROM messaging.outbox e
                                  WHERE e.topic = o.topic AND e.message_key = o.message_key AND e.id + 0 < o.id
                                    AND e.id <> ALL (:published))
                ORDER BY o.id
                LIMIT :batch
                FOR UPDATE OF o SKIP LOCKED
            )
            """ + HEADS_THEN_LEASE;

    /*
     * The rows the relay was handed when their transactions committed, found by primary key: no walk through the rows
     * deleted since the last vacuum, which a queue table is full of. The same rule as CLAIM: a handed-over row is a head
     * when no older row of its key is left, and a head brings the rows of its key after it. A handed-over row that is
     * not claimable now (an older row of its key is another relay's, or is not published yet) is left to CLAIM.
     */
    private static final String CLAIM_COMMITTED = FORGET_PUBLISHED + """
            , heads AS (
                SELECT o.topic, o.message_key FROM messaging.outbox o
                WHERE o.id = ANY (:ids) AND o.id <> ALL (:published)
                  AND (o.lease_until IS NULL OR o.lease_until < now())
                  AND NOT EXISTS (SELECT 1 FROM messaging.outbox e
                                  WHERE e.topic = o.topic AND e.message_key = o.message_key AND e.id + 0 < o.id
                                    AND e.id <> ALL (:published))
                FOR UPDATE OF o SKIP LOCKED
            )
            """ + HEADS_THEN_LEASE;

    private final JdbcClient jdbc;

    OutboxStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** An event to add: its envelope, the envelope as JSON, and the trace it was added in. */
    record NewRow(EventEnvelope<?> envelope, String payload, TraceHeaders trace) {
    }

    /** Adds the rows in the caller's transaction, numbered in their order; returns their ids. */
    List<Long> insert(List<NewRow> rows) {
        return jdbc.sql(INSERT)
                .param("namespace", KEY_LOCK_NAMESPACE)
                .param("topics", column(rows, row -> row.envelope().topic()))
                .param("keys", column(rows, row -> row.envelope().key()))
                .param("eventIds", rows.stream().map(row -> row.envelope().eventId()).toArray(UUID[]::new))
                .param("eventTypes", column(rows, row -> row.envelope().type()))
                .param("payloads", column(rows, NewRow::payload))
                .param("traceparents", column(rows, row -> row.trace().traceparent()))
                .param("tracestates", column(rows, row -> row.trace().tracestate()))
                .query(Long.class)
                .list();
    }

    private static String[] column(List<NewRow> rows, Function<NewRow, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    /**
     * Deletes the rows {@code published} (acknowledged by the broker), then leases up to {@code batch} publishable rows
     * to {@code owner}, oldest first; both or neither.
     */
    List<OutboxRow> claim(UUID owner, int batch, Duration lease, Collection<Long> published) {
        return leased(jdbc.sql(CLAIM).param("window", batch * 4), owner, batch, lease, published);
    }

    /**
     * Deletes the rows {@code published}, then leases to {@code owner} what it can of the rows {@code ids} (committed,
     * handed over by their transactions) and the rows of their keys after them, up to {@code batch}, oldest first.
     */
    List<OutboxRow> claimCommitted(UUID owner, Collection<Long> ids, int batch, Duration lease, Collection<Long> published) {
        return leased(jdbc.sql(CLAIM_COMMITTED).param("ids", ids.toArray(Long[]::new)), owner, batch, lease, published);
    }

    private static List<OutboxRow> leased(JdbcClient.StatementSpec claim, UUID owner, int batch, Duration lease, Collection<Long> published) {
        return claim
                .param("published", published.toArray(Long[]::new))
                .param("batch", batch)
                .param("owner", owner)
                .param("leaseMillis", lease.toMillis())
                .query((rs, n) -> new OutboxRow(rs.getLong("id"), rs.getString("topic"), rs.getString("message_key"),
                        rs.getString("event_type"), rs.getString("payload"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        new TraceHeaders(rs.getString("traceparent"), rs.getString("tracestate"))))
                .list().stream()
                .sorted(Comparator.comparingLong(OutboxRow::id))
                .toList();
    }

    /** Forgets rows the broker has acknowledged, when no claim is coming to take them along. */
    void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM messaging.outbox WHERE id = ANY (:ids)")
                    .param("ids", ids.toArray(Long[]::new))
                    .update();
        }
    }

    /** Gives back rows that could not be sent, so the next round tries them again without waiting for the lease. */
    void release(UUID owner, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE messaging.outbox SET lease_owner = NULL, lease_until = NULL WHERE id = ANY (:ids) AND lease_owner = :owner")
                    .param("ids", ids.toArray(Long[]::new)).param("owner", owner).update();
        }
    }

    Backlog backlogSummary() {
        return jdbc.sql("SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)) * 1000, 0)::bigint FROM messaging.outbox")
                .query((rs, n) -> new Backlog(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** Rows waiting to be published, and the age of the oldest. */
    record Backlog(long rows, long oldestAgeMillis) {
    }
}
