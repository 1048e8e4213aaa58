package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TopicReader;
import dev.concertsaga.user.TestUsers.Entry;

@UserServiceIT
class ChargePointsApiIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestUsers users;

    @Test
    void charges_points_records_a_charge_and_publishes_points_charged() {
        long userId = users.withPoints(0);
        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            assertThat(charge(userId, "{\"amount\":3000}")).hasStatusOk().bodyJson()
                    .isStrictlyEqualTo("{\"userId\":" + userId + ",\"balance\":3000}");
            assertThat(charge(userId, "{\"amount\":500}")).hasStatusOk().bodyJson()
                    .isStrictlyEqualTo("{\"userId\":" + userId + ",\"balance\":3500}");

            EventEnvelope<Event> second = pointEvents.awaitEvents(event -> event.data().equals(new PointsCharged(userId, 500, 3500)), 1).get(0);
            assertThat(pointEvents.events(event -> event.key().equals(Long.toString(userId))))
                    .extracting(EventEnvelope::data)
                    .containsExactly(new PointsCharged(userId, 3000, 3000), new PointsCharged(userId, 500, 3500));
            assertThat(second.type()).isEqualTo("PointsCharged");
            assertThat(second.sagaId()).isNull();
        }
        assertThat(users.ledgerOf(userId)).containsExactly(new Entry("CHARGE", 3000, null, 3000), new Entry("CHARGE", 500, null, 3500));
    }

    @Test
    void accepts_the_largest_charge() {
        long userId = users.withPoints(0);

        assertThat(charge(userId, "{\"amount\":10000000}")).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"userId\":" + userId + ",\"balance\":10000000}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\":0}", "{\"amount\":-5}", "{\"amount\":10000001}", "{}", "{\"amount\":null}"})
    void refuses_an_amount_outside_1_to_10_000_000_and_changes_nothing(String body) {
        long userId = users.withPoints(700);

        assertThat(charge(userId, body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("VALIDATION_FAILED"))
                .hasPathSatisfying("$.errors", errors -> assertThat(errors).asArray().hasSize(1));
        assertThat(users.balanceOf(userId)).isEqualTo(700);
        assertThat(users.ledgerOf(userId)).hasSize(1);
    }

    @Test
    void refuses_an_amount_that_is_not_a_number() {
        long userId = users.withPoints(700);

        assertThat(charge(userId, "{\"amount\":\"lots\"}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("MALFORMED_REQUEST"));
        assertThat(users.balanceOf(userId)).isEqualTo(700);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\":1.5}", "{\"amount\":\"100\"}", "{\"amount\":true}", "{\"amount\":100.0}"})
    void refuses_an_amount_that_would_need_coercion_names_the_field_and_changes_nothing(String body) {
        long userId = users.withPoints(700);

        assertThat(charge(userId, body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("MALFORMED_REQUEST"))
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("amount"));
        assertThat(users.balanceOf(userId)).isEqualTo(700);
        assertThat(users.ledgerOf(userId)).hasSize(1);
    }

    @Test
    void answers_404_for_an_unknown_user() {
        assertThat(charge(Long.MAX_VALUE, "{\"amount\":10}")).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("USER_NOT_FOUND"));
    }

    @Test
    void refuses_a_charge_past_the_balance_limit_and_changes_nothing() {
        long userId = users.withPoints(UserServiceIT.MAX_BALANCE - 1);

        try (TopicReader pointEvents = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            assertThat(charge(userId, "{\"amount\":2}")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                    .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("BALANCE_LIMIT_EXCEEDED"));
            assertThat(users.balanceOf(userId)).isEqualTo(UserServiceIT.MAX_BALANCE - 1);
            assertThat(users.ledgerOf(userId)).hasSize(2);

            assertThat(charge(userId, "{\"amount\":1}")).hasStatusOk().bodyJson()
                    .isStrictlyEqualTo("{\"userId\":" + userId + ",\"balance\":" + UserServiceIT.MAX_BALANCE + "}");
            // The refused charge published nothing; the charges that set the balance up may be read here too.
            pointEvents.awaitEvents(event -> event.data().equals(new PointsCharged(userId, 1, UserServiceIT.MAX_BALANCE)), 1);
            assertThat(pointEvents.events(event -> event.key().equals(Long.toString(userId))))
                    .extracting(event -> ((PointsCharged) event.data()).amount()).doesNotContain(2L);
        }
    }

    private MvcTestResult charge(long userId, String body) {
        return mvc.post().uri("/api/v1/users/{userId}/points/charge", userId)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
