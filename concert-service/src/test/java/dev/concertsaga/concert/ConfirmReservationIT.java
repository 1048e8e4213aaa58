package dev.concertsaga.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationConfirmed;
import dev.concertsaga.events.ReservationHeld;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.testsupport.MutableClock;

/** Saga step: PaymentRequested confirms the reservation and sells the seat, or fails with a reason and changes nothing. */
@ConcertServiceIT
class ConfirmReservationIT {

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
    void confirms_a_held_reservation_for_its_owners_payment_sells_the_seat_and_asks_for_its_price() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            events.send(requestBy(held.userId(), held));

            EventEnvelope<ReservationConfirmed> confirmed = topic.await(ReservationConfirmed.class, e -> e.paymentId().equals(payment));

            assertThat(confirmed.data()).isEqualTo(new ReservationConfirmed(held.id(), payment, held.userId(), held.seatId(), TestCatalog.PRICE));
            assertThat(confirmed.sagaId()).isEqualTo(payment);
            Reservation now = viewReservation.byId(held.id()).orElseThrow();
            assertThat(now.isConfirmedBy(payment)).isTrue();
            assertThat(now.heldUntil()).as("the hold deadline is kept").isEqualTo(held.heldUntil());
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.SOLD);
        }
    }

    @Test
    void carries_a_card_payments_method_onto_the_confirmation() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            events.send(new PaymentRequested(payment, held.id(), held.userId(), Uuids.timeOrdered(), PaymentMethod.CARD));

            EventEnvelope<ReservationConfirmed> confirmed = topic.await(ReservationConfirmed.class, e -> e.paymentId().equals(payment));

            assertThat(confirmed.data()).isEqualTo(new ReservationConfirmed(held.id(), payment, held.userId(), held.seatId(),
                    TestCatalog.PRICE, PaymentMethod.CARD));
        }
    }

    @Test
    void refuses_a_payment_for_an_unknown_reservation_as_not_held() {
        try (ReservationTopic topic = new ReservationTopic()) {
            UUID unknown = Uuids.timeOrdered();
            long user = TestUsers.next();
            events.send(new PaymentRequested(payment, unknown, user, Uuids.timeOrdered()));

            assertThat(topic.await(ReservationConfirmationFailed.class, e -> e.paymentId().equals(payment)).data())
                    .isEqualTo(new ReservationConfirmationFailed(unknown, payment, user, FailureReason.RESERVATION_NOT_HELD));
            assertThat(viewReservation.byId(unknown)).isEmpty();
        }
    }

    @Test
    void refuses_another_users_payment_as_not_the_owners_and_changes_nothing() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            long stranger = TestUsers.next();
            events.send(requestBy(stranger, held));

            assertThat(topic.await(ReservationConfirmationFailed.class, e -> e.paymentId().equals(payment)).data())
                    .isEqualTo(new ReservationConfirmationFailed(held.id(), payment, stranger, FailureReason.NOT_RESERVATION_OWNER));
            assertStillHeld(held);
        }
    }

    @Test
    void refuses_a_payment_for_an_expired_reservation_as_expired_and_changes_nothing() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            clock.advance(Duration.between(clock.instant(), held.heldUntil()).plusSeconds(1));
            await().until(() -> catalog.seatStatus(held.seatId()) == SeatStatus.AVAILABLE);

            events.send(requestBy(held.userId(), held));

            assertThat(topic.await(ReservationConfirmationFailed.class, e -> e.paymentId().equals(payment)).data())
                    .isEqualTo(new ReservationConfirmationFailed(held.id(), payment, held.userId(), FailureReason.RESERVATION_EXPIRED));
            assertThat(viewReservation.byId(held.id())).get().extracting(Reservation::status).isEqualTo(ReservationStatus.EXPIRED);
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.AVAILABLE);
        }
    }

    @Test
    void refuses_a_second_payment_for_a_confirmed_reservation_as_not_held_and_keeps_the_first() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            events.sendAndAwait(requestBy(held.userId(), held));
            UUID second = Uuids.timeOrdered();
            events.send(new PaymentRequested(second, held.id(), held.userId(), Uuids.timeOrdered()));

            assertThat(topic.await(ReservationConfirmationFailed.class, e -> e.paymentId().equals(second)).data())
                    .isEqualTo(new ReservationConfirmationFailed(held.id(), second, held.userId(), FailureReason.RESERVATION_NOT_HELD));
            assertThat(viewReservation.byId(held.id()).orElseThrow().isConfirmedBy(payment)).isTrue();
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.SOLD);
        }
    }

    @Test
    void confirms_nothing_for_a_payment_that_was_cancelled_before_its_request_arrived() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            events.sendAndAwait(new PaymentCancelled(payment, held.id(), held.userId(), FailureReason.TIMEOUT, FailedStep.DEADLINE));

            events.sendAndAwait(requestBy(held.userId(), held));

            assertThat(topic.allAbout(held.id(), events)).containsExactly(heldEvent(held));
            assertStillHeld(held);
        }
    }

    @Test
    void confirms_once_however_often_the_request_is_delivered() {
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holds.newHold();
            EventEnvelope<PaymentRequested> request = EventEnvelope.of(requestBy(held.userId(), held), clock.instant());
            events.send(request);
            events.send(request);
            // The same request again under a new event id: only the business key can tell it is a repeat.
            events.sendAndAwait(request.data());

            assertThat(topic.allAbout(held.id(), events)).containsExactly(heldEvent(held),
                    new ReservationConfirmed(held.id(), payment, held.userId(), held.seatId(), TestCatalog.PRICE));
            assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.SOLD);
        }
    }

    private PaymentRequested requestBy(long userId, Reservation reservation) {
        return new PaymentRequested(payment, reservation.id(), userId, Uuids.timeOrdered());
    }

    private static ReservationHeld heldEvent(Reservation held) {
        return new ReservationHeld(held.id(), held.userId(), held.scheduleId(), held.seatId(), held.price(), held.heldUntil());
    }

    private void assertStillHeld(Reservation held) {
        Reservation now = viewReservation.byId(held.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(now.confirmedBy()).isNull();
        assertThat(catalog.seatStatus(held.seatId())).isEqualTo(SeatStatus.HELD);
    }
}
