package dev.concertsaga.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.concertsaga.concert.TestCatalog.TestSchedule;
import dev.concertsaga.concert.application.HoldSeat;
import dev.concertsaga.concert.domain.SeatStatus;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.testsupport.MutableClock;

/** No seat is ever held or sold twice: the conditional update decides races, and the database backs it up. */
@ConcertServiceIT
class DoubleBookingIT {

    private static final int RIVALS = 50;

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
    JdbcClient jdbc;

    @Test
    void lets_exactly_one_of_fifty_users_racing_for_a_seat_hold_it() throws Exception {
        TestSchedule schedule = catalog.newSchedule(1);
        List<Rival> rivals = activeRivals();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(RIVALS);
        List<Future<MvcTestResult>> answers = new ArrayList<>();
        for (Rival rival : rivals) {
            answers.add(threads.submit(() -> {
                start.await();
                return hold(rival, schedule);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<MvcTestResult> answer : answers) {
            statuses.add(answer.get().getResponse().getStatus());
        }
        threads.shutdown();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(RIVALS - 1);
        assertThat(catalog.reservationsOf(schedule.seat(1))).isEqualTo(1);
        assertThat(catalog.seatStatus(schedule.seat(1))).isEqualTo(SeatStatus.HELD);
    }

    @Test
    void the_database_refuses_a_second_live_reservation_of_a_seat_whatever_the_application_does() {
        TestSchedule schedule = catalog.newSchedule(1);
        long user = TestUsers.next();
        holdSeat.hold(events.activeToken(user), user, schedule.scheduleId(), schedule.seat(1));

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO reservation (id, user_id, schedule_id, seat_id, price, status, held_until)
                VALUES (?, ?, ?, ?, 80000, 'HELD', now() + interval '5 minutes')""")
                .params(Uuids.timeOrdered(), TestUsers.next(), schedule.scheduleId(), schedule.seat(1)).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("reservation_one_live_per_seat");
    }

    @Test
    void the_database_refuses_a_reservation_of_a_seat_in_another_schedule() {
        long seat = catalog.newSchedule(1).seat(1);
        long otherSchedule = catalog.newSchedule(1).scheduleId();

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO reservation (id, user_id, schedule_id, seat_id, price, status, held_until)
                VALUES (?, ?, ?, ?, 80000, 'HELD', now() + interval '5 minutes')""")
                .params(Uuids.timeOrdered(), TestUsers.next(), otherSchedule, seat).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** Fifty users, each with an active token: announced all at once, then awaited. */
    private List<Rival> activeRivals() {
        List<EventEnvelope<QueueTokenActivated>> activations = IntStream.range(0, RIVALS)
                .mapToObj(n -> events.send(new QueueTokenActivated(Uuids.timeOrdered(), TestUsers.next(), clock.instant().plusSeconds(600))))
                .toList();
        activations.forEach(events::awaitApplied);
        return activations.stream().map(e -> new Rival(e.data().userId(), e.data().token())).toList();
    }

    private MvcTestResult hold(Rival rival, TestSchedule schedule) {
        return mvc.post().uri("/api/v1/reservations").header("Queue-Token", rival.token().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"userId": %d, "scheduleId": %d, "seatId": %d}""".formatted(rival.userId(), schedule.scheduleId(), schedule.seat(1)))
                .exchange();
    }

    private record Rival(long userId, UUID token) {
    }
}
