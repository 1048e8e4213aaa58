package dev.concertsaga.concert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123456Z");
    private static final Duration HOLD_TIME = Duration.ofMinutes(5);
    private static final long OWNER = 7;
    private static final Seat SEAT = new Seat(31, 3, 12, 80_000, SeatStatus.AVAILABLE);
    private static final UUID PAYMENT = UUID.fromString("0193a5c1-0000-7000-8000-000000000001");
    private static final UUID OTHER_PAYMENT = UUID.fromString("0193a5c1-0000-7000-8000-000000000002");

    private final Reservation reservation = Reservation.hold(UUID.randomUUID(), OWNER, SEAT, NOW, HOLD_TIME);

    @Test
    void holds_the_seat_at_its_price_until_the_hold_time_has_passed_to_the_millisecond() {
        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(reservation.heldUntil()).isEqualTo(Instant.parse("2026-11-21T10:20:30.123Z"));
        assertThat(reservation.price()).isEqualTo(80_000);
        assertThat(reservation.scheduleId()).isEqualTo(3);
        assertThat(reservation.seatId()).isEqualTo(31);
        assertThat(reservation.seatStatus()).isEqualTo(SeatStatus.HELD);
    }

    @Test
    void is_confirmed_by_its_owners_payment_before_the_deadline_and_sells_the_seat() {
        assertThat(reservation.confirm(PAYMENT, OWNER, NOW.plusSeconds(60))).isEmpty();

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(reservation.isConfirmedBy(PAYMENT)).isTrue();
        assertThat(reservation.isConfirmedBy(OTHER_PAYMENT)).isFalse();
        assertThat(reservation.heldUntil()).as("the deadline is kept").isEqualTo(Instant.parse("2026-11-21T10:20:30.123Z"));
        assertThat(reservation.seatStatus()).isEqualTo(SeatStatus.SOLD);
    }

    @Test
    void refuses_a_second_payment_once_confirmed_as_not_held() {
        reservation.confirm(PAYMENT, OWNER, NOW);

        assertThat(reservation.confirm(OTHER_PAYMENT, OWNER, NOW)).contains(ConfirmationRefusal.NOT_HELD);
        assertThat(reservation.isConfirmedBy(PAYMENT)).isTrue();
    }

    @Test
    void refuses_a_payment_at_or_after_the_deadline_as_expired_and_changes_nothing() {
        assertThat(reservation.confirm(PAYMENT, OWNER, reservation.heldUntil())).contains(ConfirmationRefusal.EXPIRED);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(reservation.confirmedBy()).isNull();
    }

    @Test
    void refuses_a_payment_for_an_expired_reservation_as_expired() {
        reservation.expire(reservation.heldUntil());

        assertThat(reservation.confirm(PAYMENT, OWNER, NOW)).contains(ConfirmationRefusal.EXPIRED);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void refuses_another_users_payment_and_changes_nothing() {
        assertThat(reservation.confirm(PAYMENT, OWNER + 1, NOW)).contains(ConfirmationRefusal.NOT_OWNER);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(reservation.confirmedBy()).isNull();
    }

    @Test
    void undoing_the_confirmation_before_the_deadline_holds_the_seat_again_until_the_original_deadline() {
        reservation.confirm(PAYMENT, OWNER, NOW);

        assertThat(reservation.undoConfirmationBy(PAYMENT, NOW.plusSeconds(120))).contains(Restoration.HELD_AGAIN);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(reservation.heldUntil()).isEqualTo(Instant.parse("2026-11-21T10:20:30.123Z"));
        assertThat(reservation.confirmedBy()).isNull();
        assertThat(reservation.seatStatus()).isEqualTo(SeatStatus.HELD);
    }

    @Test
    void undoing_the_confirmation_after_the_deadline_expires_the_reservation_and_releases_the_seat() {
        reservation.confirm(PAYMENT, OWNER, NOW);

        assertThat(reservation.undoConfirmationBy(PAYMENT, reservation.heldUntil())).contains(Restoration.EXPIRED);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(reservation.seatStatus()).isEqualTo(SeatStatus.AVAILABLE);
    }

    @Test
    void only_the_payment_that_confirmed_it_can_undo_the_confirmation() {
        reservation.confirm(PAYMENT, OWNER, NOW);

        assertThat(reservation.undoConfirmationBy(OTHER_PAYMENT, NOW)).isEmpty();

        assertThat(reservation.isConfirmedBy(PAYMENT)).isTrue();
    }

    @Test
    void undoing_a_confirmation_that_never_happened_changes_nothing() {
        assertThat(reservation.undoConfirmationBy(PAYMENT, NOW)).isEmpty();

        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void expires_a_hold_once_its_deadline_is_reached_and_not_before() {
        assertThat(reservation.expire(reservation.heldUntil().minusMillis(1))).isFalse();
        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);

        assertThat(reservation.expire(reservation.heldUntil())).isTrue();
        assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(reservation.seatStatus()).isEqualTo(SeatStatus.AVAILABLE);
    }

    @Test
    void never_expires_a_confirmed_reservation() {
        reservation.confirm(PAYMENT, OWNER, NOW);

        assertThat(reservation.expire(reservation.heldUntil().plusSeconds(3600))).isFalse();
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
    }
}
