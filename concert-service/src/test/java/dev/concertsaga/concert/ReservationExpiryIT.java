package dev.concertsaga.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.concertsaga.concert.TestCatalog.TestSchedule;
import dev.concertsaga.concert.application.ExpireHeldReservations;
import dev.concertsaga.concert.application.HoldSeat;
import dev.concertsaga.concert.application.ViewReservation;
import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.concert.domain.ReservationStatus;
import dev.concertsaga.concert.domain.SeatStatus;
import dev.concertsaga.events.ReservationExpired;
import dev.concertsaga.testsupport.MutableClock;

/** The scheduler ends holds past their deadline and releases their seats. */
@ConcertServiceIT
class ReservationExpiryIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestEvents events;
    @Autowired
    MutableClock clock;
    @Autowired
    HoldSeat holdSeat;
    @Autowired
    ViewReservation viewReservation;
    @Autowired
    ExpireHeldReservations expireHeldReservations;

    private final long user = TestUsers.next();

    @Test
    void expires_a_hold_past_its_deadline_releases_the_seat_and_announces_it() {
        TestSchedule schedule = catalog.newSchedule(1);
        try (ReservationTopic topic = new ReservationTopic()) {
            Reservation held = holdSeat.hold(events.activeToken(user), user, schedule.scheduleId(), schedule.seat(1));

            clock.advance(Duration.between(clock.instant(), held.heldUntil()).plusSeconds(1));

            assertThat(topic.await(ReservationExpired.class, expired -> expired.reservationId().equals(held.id())).data())
                    .isEqualTo(new ReservationExpired(held.id(), user, schedule.seat(1)));
            assertThat(viewReservation.byId(held.id())).get().extracting(Reservation::status).isEqualTo(ReservationStatus.EXPIRED);
            assertThat(catalog.seatStatus(schedule.seat(1))).isEqualTo(SeatStatus.AVAILABLE);
            assertThat(mvc.get().uri("/api/v1/reservations/{id}", held.id())).hasStatusOk().bodyJson()
                    .extractingPath("$.status").isEqualTo("EXPIRED");
        }
    }

    @Test
    void keeps_a_hold_until_its_deadline() {
        TestSchedule schedule = catalog.newSchedule(1);
        Reservation held = holdSeat.hold(events.activeToken(user), user, schedule.scheduleId(), schedule.seat(1));

        clock.advance(Duration.between(clock.instant(), held.heldUntil()).minusSeconds(30));
        expireHeldReservations.expireDueHolds(1_000);

        assertThat(viewReservation.byId(held.id())).get().extracting(Reservation::status).isEqualTo(ReservationStatus.HELD);
        assertThat(catalog.seatStatus(schedule.seat(1))).isEqualTo(SeatStatus.HELD);
    }

    @Test
    void lets_another_user_hold_the_seat_once_the_first_hold_has_expired() {
        TestSchedule schedule = catalog.newSchedule(1);
        Reservation first = holdSeat.hold(events.activeToken(user), user, schedule.scheduleId(), schedule.seat(1));
        clock.advance(Duration.between(clock.instant(), first.heldUntil()).plusSeconds(1));
        await().until(() -> catalog.seatStatus(schedule.seat(1)) == SeatStatus.AVAILABLE);

        long next = TestUsers.next();
        UUID token = events.activeToken(next);
        assertThat(mvc.post().uri("/api/v1/reservations").header("Queue-Token", token.toString()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"userId": %d, "scheduleId": %d, "seatId": %d}""".formatted(next, schedule.scheduleId(), schedule.seat(1))))
                .hasStatus(HttpStatus.CREATED);
        assertThat(catalog.seatStatus(schedule.seat(1))).isEqualTo(SeatStatus.HELD);
        assertThat(catalog.reservationsOf(schedule.seat(1))).isEqualTo(2);
    }
}
