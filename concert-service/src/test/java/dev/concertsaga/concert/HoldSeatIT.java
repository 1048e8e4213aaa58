package dev.concertsaga.concert;

import static dev.concertsaga.concert.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import dev.concertsaga.concert.TestCatalog.TestSchedule;
import dev.concertsaga.concert.domain.SeatStatus;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.QueueTokenExpired;
import dev.concertsaga.events.ReservationHeld;
import dev.concertsaga.events.TokenExpiryReason;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.testsupport.MutableClock;

/** POST /api/v1/reservations and GET /api/v1/reservations/{id}. */
@ConcertServiceIT
class HoldSeatIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestEvents events;
    @Autowired
    MutableClock clock;

    private final long user = TestUsers.next();

    @Test
    void holds_an_available_seat_for_five_minutes_and_announces_it() {
        TestSchedule schedule = catalog.newSchedule(1);
        long seat = schedule.seat(1);
        UUID token = events.activeToken(user);
        try (ReservationTopic topic = new ReservationTopic()) {
            Instant before = clock.instant();
            MvcTestResult result = hold(token.toString(), """
                    {"userId": %d, "scheduleId": %d, "seatId": %d}""".formatted(user, schedule.scheduleId(), seat));
            Instant after = clock.instant();

            assertThat(result).hasStatus(HttpStatus.CREATED);
            String body = Http.body(result);
            UUID reservationId = UUID.fromString(JsonPath.read(body, "$.reservationId"));
            Instant heldUntil = Instant.parse(JsonPath.read(body, "$.heldUntil"));
            assertThat(result).bodyJson().isStrictlyEqualTo("""
                    {"reservationId": "%s", "userId": %d, "scheduleId": %d, "seatId": %d, "price": 80000, "status": "HELD",
                     "heldUntil": "%s"}""".formatted(reservationId, user, schedule.scheduleId(), seat, JsonPath.read(body, "$.heldUntil")));
            assertThat(heldUntil).isBetween(before.plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS), after.plus(Duration.ofMinutes(5)));
            assertThat(result).hasHeader("Location", "http://localhost/api/v1/reservations/" + reservationId);

            assertThat(topic.await(ReservationHeld.class, held -> held.reservationId().equals(reservationId)).data())
                    .isEqualTo(new ReservationHeld(reservationId, user, schedule.scheduleId(), seat, TestCatalog.PRICE, heldUntil));
            assertThat(catalog.seatStatus(seat)).isEqualTo(SeatStatus.HELD);
            assertThat(mvc.get().uri("/api/v1/reservations/{id}", reservationId)).hasStatusOk().bodyJson().isStrictlyEqualTo(body);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void answers_a_missing_or_blank_queue_token_with_401_queue_token_missing(String header) {
        long seat = catalog.newSchedule(1).seat(1);

        assertRefused(hold(header, seat), HttpStatus.UNAUTHORIZED, "QUEUE_TOKEN_MISSING", seat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-token", "0193a5c2-7d1e-7b3a-9f00-00000000dead"})
    void answers_a_malformed_or_unknown_queue_token_with_401_queue_token_not_active(String header) {
        long seat = catalog.newSchedule(1).seat(1);

        assertRefused(hold(header, seat), HttpStatus.UNAUTHORIZED, "QUEUE_TOKEN_NOT_ACTIVE", seat);
    }

    @Test
    void answers_an_expired_queue_token_with_401_queue_token_not_active() {
        long seat = catalog.newSchedule(1).seat(1);
        UUID token = events.activeToken(user);
        events.sendAndAwait(new QueueTokenExpired(token, user, TokenExpiryReason.TTL, null));

        assertRefused(hold(token.toString(), seat), HttpStatus.UNAUTHORIZED, "QUEUE_TOKEN_NOT_ACTIVE", seat);
    }

    @Test
    void answers_an_active_queue_token_past_its_deadline_with_401_queue_token_not_active() {
        long seat = catalog.newSchedule(1).seat(1);
        UUID token = Uuids.timeOrdered();
        events.sendAndAwait(new QueueTokenActivated(token, user, clock.instant().minusSeconds(1)));

        assertRefused(hold(token.toString(), seat), HttpStatus.UNAUTHORIZED, "QUEUE_TOKEN_NOT_ACTIVE", seat);
    }

    @Test
    void answers_another_users_active_queue_token_with_403_queue_token_not_owned() {
        long seat = catalog.newSchedule(1).seat(1);
        UUID someoneElses = events.activeToken(TestUsers.next());

        assertRefused(hold(someoneElses.toString(), seat), HttpStatus.FORBIDDEN, "QUEUE_TOKEN_NOT_OWNED", seat);
    }

    @Test
    void answers_an_unknown_seat_with_404_seat_not_found() {
        TestSchedule schedule = catalog.newSchedule(1);
        MvcTestResult result = hold(events.activeToken(user).toString(), """
                {"userId": %d, "scheduleId": %d, "seatId": %d}""".formatted(user, schedule.scheduleId(), Long.MAX_VALUE));

        assertRefused(result, HttpStatus.NOT_FOUND, "SEAT_NOT_FOUND", schedule.seat(1));
    }

    @Test
    void answers_a_seat_of_another_schedule_with_404_seat_not_found() {
        long seat = catalog.newSchedule(1).seat(1);
        TestSchedule other = catalog.newSchedule(1);
        MvcTestResult result = hold(events.activeToken(user).toString(), """
                {"userId": %d, "scheduleId": %d, "seatId": %d}""".formatted(user, other.scheduleId(), seat));

        assertRefused(result, HttpStatus.NOT_FOUND, "SEAT_NOT_FOUND", seat);
    }

    @Test
    void answers_a_held_seat_with_409_seat_not_available_and_keeps_the_first_hold() {
        long seat = catalog.newSchedule(1).seat(1);
        long first = TestUsers.next();
        assertThat(hold(events.activeToken(first).toString(), first, seat)).hasStatus(HttpStatus.CREATED);

        assertProblem(hold(events.activeToken(user).toString(), user, seat), HttpStatus.CONFLICT, "SEAT_NOT_AVAILABLE");

        assertThat(catalog.seatStatus(seat)).isEqualTo(SeatStatus.HELD);
        assertThat(catalog.reservationsOf(seat)).isEqualTo(1);
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("{\"scheduleId\": %2$d, \"seatId\": %3$d}", "VALIDATION_FAILED"),
                Arguments.of("{\"userId\": 0, \"scheduleId\": %2$d, \"seatId\": %3$d}", "VALIDATION_FAILED"),
                Arguments.of("{\"userId\": %1$d, \"scheduleId\": -1, \"seatId\": %3$d}", "VALIDATION_FAILED"),
                Arguments.of("{\"userId\": %1$d, \"scheduleId\": %2$d, \"seatId\": null}", "VALIDATION_FAILED"),
                Arguments.of("{\"userId\": \"seven\", \"scheduleId\": %2$d, \"seatId\": %3$d}", "MALFORMED_REQUEST"),
                Arguments.of("{\"userId\": %1$d, \"scheduleId\": %2$d,", "MALFORMED_REQUEST"),
                Arguments.of("", "MALFORMED_REQUEST"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void answers_an_invalid_body_with_400_and_holds_nothing(String template, String code) {
        TestSchedule schedule = catalog.newSchedule(1);
        long seat = schedule.seat(1);

        MvcTestResult result = hold(events.activeToken(user).toString(), template.formatted(user, schedule.scheduleId(), seat));

        assertRefused(result, HttpStatus.BAD_REQUEST, code, seat);
    }

    @Test
    void answers_an_unknown_reservation_with_404_reservation_not_found() {
        assertProblem(mvc.get().uri("/api/v1/reservations/{id}", Uuids.timeOrdered()).exchange(), HttpStatus.NOT_FOUND,
                "RESERVATION_NOT_FOUND");
    }

    @Test
    void answers_a_reservation_id_that_is_not_a_uuid_with_400_invalid_parameter() {
        assertProblem(mvc.get().uri("/api/v1/reservations/42").exchange(), HttpStatus.BAD_REQUEST, "INVALID_PARAMETER");
    }

    /** A refused request answers with the problem and leaves the seat as it was: available, never reserved. */
    private void assertRefused(MvcTestResult result, HttpStatus status, String code, long seat) {
        assertProblem(result, status, code);
        assertThat(catalog.seatStatus(seat)).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(catalog.reservationsOf(seat)).isZero();
    }

    private MvcTestResult hold(String queueToken, long seat) {
        return hold(queueToken, user, seat);
    }

    private MvcTestResult hold(String queueToken, long userId, long seat) {
        long scheduleId = catalog.scheduleOf(seat);
        return hold(queueToken, """
                {"userId": %d, "scheduleId": %d, "seatId": %d}""".formatted(userId, scheduleId, seat));
    }

    private MvcTestResult hold(String queueToken, String body) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.post().uri("/api/v1/reservations").contentType(MediaType.APPLICATION_JSON).content(body);
        return (queueToken == null ? request : request.header("Queue-Token", queueToken)).exchange();
    }
}
