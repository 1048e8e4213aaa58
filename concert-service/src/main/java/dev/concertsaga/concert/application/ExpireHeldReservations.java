package dev.concertsaga.concert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.concert.domain.Reservation;

/** Ends the holds whose deadline has passed and releases their seats. */
@Service
public class ExpireHeldReservations {

    private final ReservationStore reservations;
    private final ReservationChanges changes;
    private final Clock clock;

    public ExpireHeldReservations(ReservationStore reservations, ReservationChanges changes, Clock clock) {
        this.reservations = reservations;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Expires up to {@code atMost} due holds in one short transaction.
     *
     * @return how many were due: a full batch means more may be waiting
     */
    @Transactional
    public int expireDueHolds(int atMost) {
        Instant now = clock.instant();
        List<Reservation> due = reservations.lockHoldsDueAt(now, atMost);
        for (Reservation reservation : due) {
            if (reservation.expire(now)) {
                changes.save(reservation, ReservationEvents.expired(reservation));
            }
        }
        return due.size();
    }
}
