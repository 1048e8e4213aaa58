package dev.concertsaga.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.concert.application.ReservationStore;
import dev.concertsaga.concert.application.SeatStore;
import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.concert.domain.ReservationStatus;
import dev.concertsaga.concert.domain.SeatStatus;
import dev.concertsaga.events.Uuids;

/** What the use cases rely on from the stores beneath them: row locks that hold, and writes that fail loudly. */
@ConcertServiceIT
class StoreGuaranteesIT {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Autowired
    ReservationStore reservations;
    @Autowired
    SeatStore seats;
    @Autowired
    TestHolds holds;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    @Test
    void keeps_a_locked_reservation_from_other_transactions_until_the_transaction_ends() {
        Reservation held = holds.newHold();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(reservations.lock(held.id())).get().extracting(Reservation::status).isEqualTo(ReservationStatus.HELD);
            assertThat(lockableElsewhere(held.id())).as("locked while the transaction lasts").isFalse();
        });
        assertThat(lockableElsewhere(held.id())).as("released once it ended").isTrue();
    }

    @Test
    void expires_the_due_holds_that_no_other_transaction_has_locked() throws Exception {
        Reservation locked = holds.newHold();
        Reservation free = holds.newHold();

        try (OtherSession other = new OtherSession(dataSource)) {
            other.jdbc().sql("SELECT id FROM reservation WHERE id = ? FOR UPDATE").param(locked.id()).query(UUID.class).single();
            List<UUID> due = new TransactionTemplate(transactionManager).execute(status -> {
                jdbc.sql("SET LOCAL lock_timeout = '5s'").update(); // were the locked row waited for, fail rather than hang
                return reservations.lockHoldsDueAt(free.heldUntil(), Integer.MAX_VALUE).stream().map(Reservation::id).toList();
            });

            assertThat(due).contains(free.id()).doesNotContain(locked.id());
        }
    }

    @Test
    void refuses_to_update_a_reservation_or_seat_that_does_not_exist() {
        Reservation unknown = new Reservation(Uuids.timeOrdered(), TestUsers.next(), 1, 1, 0, ReservationStatus.EXPIRED,
                Instant.parse("2027-06-01T19:00:00Z"), null);

        assertThatThrownBy(() -> reservations.update(unknown)).isInstanceOf(IllegalStateException.class)
                .hasMessage("reservation " + unknown.id() + " does not exist");
        assertThatThrownBy(() -> seats.setStatus(Long.MAX_VALUE, SeatStatus.AVAILABLE)).isInstanceOf(IllegalStateException.class)
                .hasMessage("seat " + Long.MAX_VALUE + " does not exist");
    }

    /** Whether another session can take the reservation's row lock right now; NOWAIT answers at once instead of queueing. */
    private boolean lockableElsewhere(UUID reservationId) {
        try (OtherSession other = new OtherSession(dataSource)) {
            other.jdbc().sql("SELECT id FROM reservation WHERE id = ? FOR UPDATE NOWAIT").param(reservationId).query(UUID.class).single();
            return true;
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
