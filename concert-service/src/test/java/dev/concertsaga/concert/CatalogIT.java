package dev.concertsaga.concert;

import static dev.concertsaga.concert.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import dev.concertsaga.concert.TestCatalog.TestSchedule;
import dev.concertsaga.concert.application.HoldSeat;

/** GET /api/v1/concerts, /concerts/{id}/schedules and /schedules/{id}/seats. */
@ConcertServiceIT
class CatalogIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestEvents events;
    @Autowired
    HoldSeat holdSeat;

    @Test
    void offers_the_demo_concerts_each_with_three_schedules_of_fifty_seats_in_three_price_tiers() {
        String concerts = okBody(mvc.get().uri("/api/v1/concerts").exchange());
        List<Integer> demo = JsonPath.read(concerts, "$[?(@.title in ['Aurora Symphony Night', 'Neon Pulse Live'])].concertId");
        assertThat(demo).hasSize(2);

        for (int concertId : demo) {
            String schedules = okBody(mvc.get().uri("/api/v1/concerts/{id}/schedules", concertId).exchange());
            List<String> startsAt = JsonPath.read(schedules, "$[*].startsAt");
            assertThat(startsAt).hasSize(3).allSatisfy(time -> assertThat(time).startsWith("2027-"));
            int scheduleId = JsonPath.read(schedules, "$[0].scheduleId");
            String seats = okBody(mvc.get().uri("/api/v1/schedules/{id}/seats", scheduleId).exchange());
            assertThat(JsonPath.<List<Integer>>read(seats, "$[*].number")).hasSize(50).isSorted().startsWith(1).endsWith(50);
            assertThat(JsonPath.<List<Integer>>read(seats, "$[*].price")).containsOnly(50_000, 80_000, 120_000);
        }
    }

    @Test
    void lists_every_concert_with_its_id_and_title() {
        long concertId = catalog.newConcert();

        assertThat(mvc.get().uri("/api/v1/concerts")).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.concertId == " + concertId + ")].title").asArray().containsExactly("Test concert");
    }

    @Test
    void lists_a_concerts_schedules_earliest_first_with_their_available_seats() {
        long concertId = catalog.newConcert();
        long later = catalog.newSchedule(concertId, Instant.parse("2027-09-02T19:00:00Z"));
        long earlier = catalog.newSchedule(concertId, Instant.parse("2027-09-01T19:00:00Z"));
        catalog.newSeats(later, 3);
        catalog.newSeats(earlier, 5);

        assertThat(mvc.get().uri("/api/v1/concerts/{id}/schedules", concertId)).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"scheduleId": %d, "startsAt": "2027-09-01T19:00:00Z", "availableSeats": 5},
                 {"scheduleId": %d, "startsAt": "2027-09-02T19:00:00Z", "availableSeats": 3}]""".formatted(earlier, later));
    }

    @Test
    void counts_a_held_seat_out_of_the_available_ones_and_shows_it_held() {
        TestSchedule schedule = catalog.newSchedule(3);
        long user = TestUsers.next();
        holdSeat.hold(events.activeToken(user), user, schedule.scheduleId(), schedule.seat(2));

        assertThat(mvc.get().uri("/api/v1/concerts/{id}/schedules", schedule.concertId())).hasStatusOk().bodyJson()
                .extractingPath("$[0].availableSeats").isEqualTo(2);
        assertThat(mvc.get().uri("/api/v1/schedules/{id}/seats", schedule.scheduleId())).hasStatusOk().bodyJson()
                .extractingPath("$[*].status").asArray().containsExactly("AVAILABLE", "HELD", "AVAILABLE");
    }

    @Test
    void lists_a_schedules_seats_by_number_with_price_and_status() {
        TestSchedule schedule = catalog.newSchedule(2);

        assertThat(mvc.get().uri("/api/v1/schedules/{id}/seats", schedule.scheduleId())).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"seatId": %d, "number": 1, "price": 80000, "status": "AVAILABLE"},
                 {"seatId": %d, "number": 2, "price": 80000, "status": "AVAILABLE"}]""".formatted(schedule.seat(1), schedule.seat(2)));
    }

    @Test
    void lists_no_schedules_for_a_concert_that_has_none_yet() {
        long concertId = catalog.newConcert();

        assertThat(mvc.get().uri("/api/v1/concerts/{id}/schedules", concertId)).hasStatusOk().bodyJson().isStrictlyEqualTo("[]");
    }

    @Test
    void answers_an_unknown_concert_with_404_concert_not_found() {
        assertProblem(mvc.get().uri("/api/v1/concerts/{id}/schedules", Long.MAX_VALUE).exchange(), HttpStatus.NOT_FOUND, "CONCERT_NOT_FOUND");
    }

    @Test
    void answers_an_unknown_schedule_with_404_schedule_not_found() {
        assertProblem(mvc.get().uri("/api/v1/schedules/{id}/seats", Long.MAX_VALUE).exchange(), HttpStatus.NOT_FOUND, "SCHEDULE_NOT_FOUND");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/concerts/abc/schedules, INVALID_PARAMETER",
            "/api/v1/concerts/0/schedules, VALIDATION_FAILED",
            "/api/v1/schedules/1.5/seats, INVALID_PARAMETER",
            "/api/v1/schedules/-3/seats, VALIDATION_FAILED"})
    void answers_an_id_that_is_not_a_positive_number_with_400(String uri, String code) {
        assertProblem(mvc.get().uri(uri).exchange(), HttpStatus.BAD_REQUEST, code);
    }

    private static String okBody(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Http.body(result);
    }
}
