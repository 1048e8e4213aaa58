package dev.concertsaga.payment.adapter.out.persistence;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentState;

/**
 * The payments a transaction has locked, and what it wrote to them and to their timelines, kept until just before it
 * commits. The answers of one poll then cost one statement that locks their payments, one batch of updates and one
 * timeline insert, rather than a lock, an update and an insert for each event (README, Benchmark). Outside a
 * transaction nothing is kept: every write goes to the database at once.
 * <p>
 * What is kept is written in the transaction, before its commit, so it commits or rolls back with everything else, and
 * a write that fails there fails the commit. The stores write what is kept before each query, so a read in the
 * transaction sees the transaction's writes, as it would without this.
 */
@Component
class TransactionWrites {

    private static final String UPDATE = """
            UPDATE payment
            SET status = ?, amount = ?, failure_reason = ?, failed_step = ?,
                reservation_confirmed = ?, token_expired = ?, points_deducted = ?, card_charged = ?, completed_at = ?, cancelled_at = ?,
                version = version + 1
            WHERE id = ?
            """;
    private static final int[] UPDATE_TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.OTHER};

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    TransactionWrites(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One row of the payment's timeline, as appended. */
    record TimelineRow(UUID paymentId, UUID eventId, String type, Instant occurredAt, Instant recordedAt, String detail, String traceId) {
    }

    /** One transaction's: payments by id as locked (and since changed in memory), those to update, timeline rows. */
    private static final class Pending {
        final Map<UUID, Payment> locked = new HashMap<>();
        final Map<UUID, Payment> updated = new LinkedHashMap<>();
        final List<TimelineRow> timeline = new ArrayList<>();
    }

    /** The payment as this transaction locked it, if it did; keeps nothing for a transaction that has not locked or written yet. */
    Optional<Payment> locked(UUID paymentId) {
        return TransactionSynchronizationManager.getResource(this) instanceof Pending pending
                ? Optional.ofNullable(pending.locked.get(paymentId)) : Optional.empty();
    }

    /** Remembers payments this transaction has just locked; a later lock of one of them in it needs no statement. */
    void lockedNow(Collection<Payment> payments) {
        Pending pending = current();
        if (pending != null) {
            payments.forEach(payment -> pending.locked.put(payment.id(), payment));
        }
    }

    void update(Payment payment) {
        Pending pending = current();
        if (pending == null) {
            writeUpdates(List.of(payment));
        } else {
            pending.updated.put(payment.id(), payment);
        }
    }

    void append(TimelineRow row) {
        Pending pending = current();
        if (pending == null) {
            writeTimeline(List.of(row));
        } else {
            pending.timeline.add(row);
        }
    }

    /** Writes what this transaction kept, if anything: before every query, and before the commit. */
    void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            write(pending);
        }
    }

    private void write(Pending pending) {
        if (!pending.updated.isEmpty()) {
            writeUpdates(List.copyOf(pending.updated.values()));
            pending.updated.clear();
        }
        if (!pending.timeline.isEmpty()) {
            writeTimeline(List.copyOf(pending.timeline));
            pending.timeline.clear();
        }
    }

    private Pending current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new WriteBeforeCommit(pending));
        }
        return pending;
    }

    /**
     * The row was locked in this transaction, so nobody changed it since it was read: the update needs no version
     * check, and version only counts the writes. One batch: the driver sends the updates in one round trip.
     */
    private void writeUpdates(List<Payment> payments) {
        List<Object[]> rows = payments.stream().map(TransactionWrites::updateOf).toList();
        int[] counts = batches.batchUpdate(UPDATE, rows, UPDATE_TYPES);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) {
                throw new IllegalStateException("Payment " + payments.get(i).id() + " was to be updated, but " + counts[i] + " rows matched");
            }
        }
    }

    private static Object[] updateOf(Payment payment) {
        PaymentState state = payment.state();
        return new Object[] {state.status().name(), state.amount(),
                state.cancellationReason() == null ? null : state.cancellationReason().name(),
                state.failedStep() == null ? null : state.failedStep().name(),
                state.progress().reservationConfirmed(), state.progress().queueTokenExpired(), state.progress().pointsDeducted(),
                state.progress().cardCharged(), timestamp(state.completedAt()), timestamp(state.cancelledAt()), payment.id()};
    }

    /** One statement for the rows; ON CONFLICT makes a repeated event a no-op rather than an error. */
    private void writeTimeline(List<TimelineRow> rows) {
        List<Object> params = new ArrayList<>(rows.size() * 7);
        rows.forEach(row -> {
            params.add(row.paymentId());
            params.add(row.eventId());
            params.add(row.type());
            params.add(timestamp(row.occurredAt()));
            params.add(timestamp(row.recordedAt()));
            params.add(new SqlParameterValue(Types.VARCHAR, row.detail()));
            params.add(new SqlParameterValue(Types.VARCHAR, row.traceId()));
        });
        jdbc.sql("INSERT INTO payment_timeline (payment_id, event_id, event_type, occurred_at, recorded_at, detail, trace_id) VALUES "
                        + rows.stream().map(row -> "(?, ?, ?, ?, ?, ?, ?)").collect(Collectors.joining(", "))
                        + " ON CONFLICT (payment_id, event_id) DO NOTHING")
                .params(params)
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private final class WriteBeforeCommit implements TransactionSynchronization {

        private final Pending pending;

        WriteBeforeCommit(Pending pending) {
            this.pending = pending;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(pending);
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(TransactionWrites.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(TransactionWrites.this, pending);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TransactionWrites.this);
        }
    }
}
