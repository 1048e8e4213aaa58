package dev.concertsaga.concert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.ReservationRestored;
import dev.concertsaga.messaging.CancelledPayments;

/**
 * Compensation: a cancelled payment gives back the reservation it confirmed, held until its original deadline or
 * expired if that has passed. A payment that confirmed nothing here (its step failed, never ran, or another payment
 * won) changes nothing, and is remembered so that a late request for it confirms nothing either.
 */
@Service
public class RestoreReservation {

    private final ReservationStore reservations;
    private final CancelledPayments cancelledPayments;
    private final ReservationChanges changes;
    private final Clock clock;

    public RestoreReservation(ReservationStore reservations, CancelledPayments cancelledPayments, ReservationChanges changes,
                              Clock clock) {
        this.reservations = reservations;
        this.cancelledPayments = cancelledPayments;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public void restore(PaymentCancelled cancellation) {
        Instant now = clock.instant();
        Optional<Reservation> reservation = reservations.lock(cancellation.reservationId());
        cancelledPayments.record(cancellation.paymentId(), now);
        reservation.ifPresent(found -> undoConfirmation(found, cancellation, now));
    }

    private void undoConfirmation(Reservation reservation, PaymentCancelled cancellation, Instant now) {
        reservation.undoConfirmationBy(cancellation.paymentId(), now).ifPresent(restoration -> changes.save(reservation,
                new ReservationRestored(reservation.id(), cancellation.paymentId(), EventTerms.statusFor(restoration),
                        reservation.heldUntil())));
    }
}
