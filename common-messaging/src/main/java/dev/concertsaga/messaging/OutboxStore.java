package dev.concertsaga.messaging;

import java.time.OffsetDateTime;
import java.time.Duration;
import java.sql.Types;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.events.EventEnvelope;

/** The outbox table: rows go in with the business transaction and leave once the broker has them. */
class OutboxStore {

    /** Namespace of the advisory locks that serialise writers of one key; any constant unique to this use. */
    private static final int KEY_LOCK_NAMESPACE = 0x0B0C5A6A;

    /*
     * Taking a per-key lock before the row gets its id means that, per key, ids are allocated in commit order: a
     * second writer of the key waits until the first commits. The relay publishes each key's rows in id order.
     */
    private static final String INSERT = """
            WITH key_lock AS (SELECT pg_advisory_xact_lock(:namespace, hashtext(:topic || '/' || :key)))
            INSERT INTO messaging.outbox (topic, message_key, event_id, event_type, payload, traceparent, tracestate)
            SELECT :topic, :key, :eventId, :eventType, CAST(:payload AS json), :traceparent, :tracestate FROM key_lock
            RETURNING id
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
                                    WHERE e.topic = h.topic AND e.message_key = h.message_key
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
    private static final String CLAIM = """
            WITH oldest AS (
                SELECT id, topic, message_key FROM messaging.outbox
                WHERE lease_until IS NULL OR lease_until < now()
                ORDER BY id
                LIMIT :window
            ), first_of_key AS (
                SELECT DISTINCT ON (topic, message_key) id FROM oldest ORDER BY topic, message_key, id
            ), heads AS (
                SELECT o.topic, o.message_key FROM messaging.outbox o
                WHERE o.id IN (SELECT id FROM first_of_key)
                  AND NOT EXISTS (SELECT 1 FROM messaging.outbox e
                                  WHERE e.topic = o.topic AND e.message_key = o.message_key AND e.id + 0 < o.id)
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
    private static final String CLAIM_COMMITTED = """
            WITH heads AS (
                SELECT o.topic, o.message_key FROM messaging.outbox o
                WHERE o.id = ANY (:ids)
                  AND (o.lease_until IS NULL OR o.lease_until < now())
                  AND NOT EXISTS (SELECT 1 FROM messaging.outbox e
                                  WHERE e.topic = o.topic AND e.message_key = o.message_key AND e.id + 0 < o.id)
                FOR UPDATE OF o SKIP LOCKED
            )
            """ + HEADS_THEN_LEASE;

    private final JdbcClient jdbc;

    OutboxStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Adds the row in the caller's transaction; returns its id. */
    long insert(EventEnvelope<?> envelope, String payload, TraceHeaders trace) {
        return jdbc.sql(INSERT)
                .param("namespace", KEY_LOCK_NAMESPACE)
                .param("topic", envelope.topic())
                .param("key", envelope.key())
                .param("eventId", envelope.eventId())
                .param("eventType", envelope.type())
                .param("payload", payload)
                .param("traceparent", trace.traceparent(), Types.VARCHAR)
                .param("tracestate", trace.tracestate(), Types.VARCHAR)
                .query(Long.class)
                .single();
    }

    /** Leases up to {@code batch} publishable rows to {@code owner}, oldest first. */
    List<OutboxRow> claim(UUID owner, int batch, Duration lease) {
        return leased(jdbc.sql(CLAIM).param("window", batch * 4), owner, batch, lease);
    }

    /**
     * Leases to {@code owner} what it can of the rows {@code ids} (committed, handed over by their transactions) and
     * the rows of their keys after them, up to {@code batch}, oldest first.
     */
    List<OutboxRow> claimCommitted(UUID owner, Collection<Long> ids, int batch, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return leased(jdbc.sql(CLAIM_COMMITTED).param("ids", ids.toArray(Long[]::new)), owner, batch, lease);
    }

    private static List<OutboxRow> leased(JdbcClient.StatementSpec claim, UUID owner, int batch, Duration lease) {
        return claim
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

    /** Forgets rows the broker has acknowledged. */
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
