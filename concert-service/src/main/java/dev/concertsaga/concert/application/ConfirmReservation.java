package dev.concertsaga.concert.application;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.concert.domain.ConfirmationRefusal;
import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.messaging.CancelledPayments;
import dev.concertsaga.messaging.Outbox;

/** Saga step: a requested payment confirms its reservation and sells the seat, or answers why it cannot. */
@Service
public class ConfirmReservation {

    private final ReservationStore reservations;
    private final CancelledPayments cancelledPayments;
    private final ReservationChanges changes;
    private final Outbox outbox;
    private final Clock clock;

    public ConfirmReservation(ReservationStore reservations, CancelledPayments cancelledPayments, ReservationChanges changes,
                              Outbox outbox, Clock clock) {
        this.reservations = reservations;
        this.cancelledPayments = cancelledPayments;
        this.changes = changes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void confirm(PaymentRequested payment) {
        // Locked before the cancellation is looked up, as RestoreReservation does: the two cannot interleave.
        Optional<Reservation> reservation = reservations.lock(payment.reservationId());
        if (cancelledPayments.isCancelled(payment.paymentId())) {
            return; // cancelled before this step ran: confirming now would sell a seat that nobody pays for
        }
        if (reservation.isEmpty()) {
            refuse(payment, ConfirmationRefusal.NOT_HELD);
            return;
        }
        if (reservation.get().isConfirmedBy(payment.paymentId())) {
            return; // a repeat of this step, which was done and announced once
        }
        confirmOrRefuse(reservation.get(), payment);
    }

    private void confirmOrRefuse(Reservation reservation, PaymentRequested payment) {
        reservation.confirm(payment.paymentId(), payment.userId(), clock.instant()).ifPresentOrElse(
                reason -> refuse(payment, reason),
                () -> changes.save(reservation, ReservationEvents.confirmed(reservation, payment.method())));
    }

    private void refuse(PaymentRequested payment, ConfirmationRefusal refusal) {
        outbox.add(new ReservationConfirmationFailed(payment.reservationId(), payment.paymentId(), payment.userId(),
                EventTerms.reasonFor(refusal)));
    }
}
