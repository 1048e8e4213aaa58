package dev.concertsaga.concert.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.concertsaga.concert.domain.Reservation;

/** Where reservations are kept. */
public interface ReservationStore {

    void add(Reservation reservation);

    Optional<Reservation> find(UUID reservationId);

    /** Finds and locks the reservation until the transaction ends, so confirming, restoring and expiring it cannot interleave. */
    Optional<Reservation> lock(UUID reservationId);

    /**
     * Locks up to {@code max} HELD reservations whose deadline is not after {@code now}, passing over any that another
     * transaction has locked, so that several instances can expire holds side by side.
     */
    List<Reservation> lockHoldsDueAt(Instant now, int max);

    /** Saves the status of a reservation found with one of the lock methods. */
    void update(Reservation reservation);
}
