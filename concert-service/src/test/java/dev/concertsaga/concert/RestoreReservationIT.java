package dev.concertsaga.concert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.concertsaga.concert.application.ViewReservation;
import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.concert.domain.ReservationStatus;
import dev.concertsaga.concert.domain.SeatStatus;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationHeld;
import dev.concertsaga.events.ReservationRestored;
import dev.concertsaga.events.RestoredReservationStatus;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.testsupport.MutableClock;

/** Compensation: PaymentCancelled undoes the confirmation its payment made, and nothing else. */
@ConcertServiceIT
class RestoreReservationIT {

    @Autowired
    TestHolds holds;
    @Autowired
    TestEvents events;
    @Autowired
    TestCatalog catalog;
    @Autowired
    ViewReservation viewReservation;
    @Autowired
    MutableClock clock;

    private final UUID payment = Uuids.timeOrdered();

    @Test
    void restores_the_reservation_a_cancelled_payment_confirmed_to_held_until_its_original_deadline() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            events.sendAndAwait(request(payment, held));
            clock.advance(Duration.ofMinutes(1));

            events.send(cancellation(payment, held));

            assertThat(topic.await(ReservationRestored.class, e -> e.paymentId().equals(payment)).data())
                    .isEqualTo(new ReservationRestored(held.id(), payment, RestoredReservationStatus.HELD, held.heldUntil()));
            Reservation now = viewReservation.byId(held.id()).orElseThrow();
            assertThat(now.status()).isEqualTo(ReservationStatus.HELD);
            assertThat(now.heldUntil()).as("never extended").isEqualTo(held.heldUntil());
            assertThat(now.confirmedBy()).isNull();
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.HELD);
        }
    }

    @Test
    void expires_the_reservation_and_releases_the_seat_when_the_cancellation_comes_after_the_hold_deadline() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            events.sendAndAwait(request(payment, held));
            clock.advance(Duration.between(clock.instant(), held.heldUntil()).plusSeconds(1));

            events.send(cancellation(payment, held));

            assertThat(topic.await(ReservationRestored.class, e -> e.paymentId().equals(payment)).data())
                    .isEqualTo(new ReservationRestored(held.id(), payment, RestoredReservationStatus.EXPIRED, held.heldUntil()));
            assertThat(viewReservation.byId(held.id())).get().extracting(Reservation::status).isEqualTo(ReservationStatus.EXPIRED);
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.AVAILABLE);
        }
    }

    @Test
    void leaves_the_first_payments_reservation_confirmed_and_its_seat_sold_when_a_second_payment_is_cancelled() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            events.sendAndAwait(request(payment, held));
            UUID second = Uuids.timeOrdered();
            events.sendAndAwait(request(second, held));

            events.sendAndAwait(new PaymentCancelled(second, held.id(), held.userId(), FailureReason.RESERVATION_NOT_HELD, FailedStep.RESERVATION));

            assertThat(topic.allAbout(held.id(), events)).containsExactly(heldEvent(held), confirmedEvent(payment, held),
                    new ReservationConfirmationFailed(held.id(), second, held.userId(), FailureReason.RESERVATION_NOT_HELD));
            assertThat(viewReservation.byId(held.id()).orElseThrow().isConfirmedBy(payment)).isTrue();
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.SOLD);
        }
    }

    @Test
    void changes_nothing_for_a_cancelled_payment_whose_own_confirmation_failed() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            long stranger = TestUsers.next();
            events.sendAndAwait(new PaymentRequested(payment, held.id(), stranger, Uuids.timeOrdered()));

            events.sendAndAwait(new PaymentCancelled(payment, held.id(), stranger, FailureReason.NOT_RESERVATION_OWNER, FailedStep.RESERVATION));

            assertThat(topic.allAbout(held.id(), events)).containsExactly(heldEvent(held),
                    new ReservationConfirmationFailed(held.id(), payment, stranger, FailureReason.NOT_RESERVATION_OWNER));
            assertThat(viewReservation.byId(held.id())).get().extracting(Reservation::status).isEqualTo(ReservationStatus.HELD);
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.HELD);
        }
    }

    @Test
    void restores_once_however_often_the_cancellation_is_delivered() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            events.sendAndAwait(request(payment, held));
            EventEnvelope<PaymentCancelled> cancelled = EventEnvelope.of(cancellation(payment, held), clock.instant());
            events.send(cancelled);
            events.send(cancelled);
            // The same cancellation again under a new event id: only the business key can tell it is a repeat.
            events.sendAndAwait(cancelled.data());

            assertThat(topic.allAbout(held.id(), events)).containsExactly(heldEvent(held), confirmedEvent(payment, held),
                    new ReservationRestored(held.id(), payment, RestoredReservationStatus.HELD, held.heldUntil()));
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.HELD);
        }
    }

    private static PaymentRequested request(UUID paymentId, Reservation reservation) {
        return new PaymentRequested(paymentId, reservation.id(), reservation.userId(), Uuids.timeOrdered());
    }

    private static PaymentCancelled cancellation(UUID paymentId, Reservation reservation) {
        return new PaymentCancelled(paymentId, reservation.id(), reservation.userId(), FailureReason.INSUFFICIENT_POINTS, FailedStep.POINTS);
    }

    private static ReservationHeld heldEvent(Reservation held) {
        return new ReservationHeld(held.id(), held.userId(), held.scheduleId(), held.seatId(), held.price(), held.heldUntil());
    }

    private static ReservationConfirmed confirmedEvent(UUID paymentId, Reservation held) {
        return new ReservationConfirmed(held.id(), paymentId, held.userId(), held.seatId(), held.price());
    }
}
