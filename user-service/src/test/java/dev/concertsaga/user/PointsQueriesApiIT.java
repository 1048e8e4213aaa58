package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.user.application.DeductPoints;
import dev.concertsaga.user.application.RefundPoints;

@UserServiceIT
class PointsQueriesApiIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestUsers users;
    @Autowired
    DeductPoints deductPoints;
    @Autowired
    RefundPoints refundPoints;
    @Autowired
    MutableClock clock;

    @Test
    void shows_the_balance() {
        long userId = users.withPoints(1234);

        assertThat(mvc.get().uri("/api/v1/users/{userId}/points", userId)).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"userId\":" + userId + ",\"balance\":1234}");
    }

    @Test
    void lists_charges_uses_and_refunds_newest_first_with_their_payment_and_balance() throws Exception {
        long userId = users.withPoints(100);
        TestPayment payment = TestPayment.of(userId, 30);
        UUID paymentId = payment.paymentId();
        clock.advance(Duration.ofMinutes(1));
        Instant used = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        deductPoints.deduct(payment.confirmed());
        clock.advance(Duration.ofMinutes(1));
        Instant refunded = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        refundPoints.refund(payment.cancelled());

        MvcTestResult history = history(userId, "");

        assertThat(history).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                [{"type":"REFUND","amount":30,"paymentId":"%s","balanceAfter":100},
                 {"type":"USE","amount":30,"paymentId":"%s","balanceAfter":70},
                 {"type":"CHARGE","amount":100,"paymentId":null,"balanceAfter":100}]""".formatted(paymentId, paymentId));
        assertThat(history).bodyJson().extractingPath("$[*].type").asArray().containsExactly("REFUND", "USE", "CHARGE");
        assertThat(history).bodyJson().extractingPath("$[2]").asMap()
                .containsOnlyKeys("entryId", "type", "amount", "paymentId", "balanceAfter", "occurredAt");
        String body = history.getResponse().getContentAsString();
        assertThat(JsonPath.<List<Number>>read(body, "$[*].entryId")).extracting(Number::longValue)
                .isSortedAccordingTo((newer, older) -> Long.compare(older, newer)).doesNotHaveDuplicates();
        assertThat(JsonPath.<List<String>>read(body, "$[*].occurredAt")).extracting(Instant::parse)
                .satisfies(times -> assertThat(times.get(0)).isBetween(refunded, refunded.plusSeconds(10)),
                        times -> assertThat(times.get(1)).isBetween(used, refunded),
                        times -> assertThat(times.get(2)).isBefore(used));
    }

    @Test
    void lists_only_the_latest_entries_up_to_the_limit() {
        long userId = users.withPoints(0);
        for (long amount = 1; amount <= 3; amount++) {
            users.charge(userId, amount);
        }

        assertThat(history(userId, "?limit=2")).hasStatusOk().bodyJson().extractingPath("$[*].amount").asArray().containsExactly(3, 2);
        assertThat(history(userId, "?limit=200")).hasStatusOk().bodyJson().extractingPath("$[*].amount").asArray().containsExactly(3, 2, 1);
    }

    @Test
    void lists_nothing_for_a_user_who_never_charged() {
        assertThat(history(users.withPoints(0), "")).hasStatusOk().bodyJson().isStrictlyEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1"})
    void refuses_a_limit_outside_1_to_200(String limit) {
        assertThat(history(users.withPoints(10), "?limit=" + limit)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("VALIDATION_FAILED"));
    }

    @Test
    void refuses_a_limit_that_is_not_a_number() {
        assertThat(history(users.withPoints(10), "?limit=all")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("INVALID_PARAMETER"));
    }

    @Test
    void answers_404_for_the_balance_and_history_of_an_unknown_user() {
        assertThat(mvc.get().uri("/api/v1/users/{userId}/points", Long.MAX_VALUE)).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("USER_NOT_FOUND"));
        assertThat(history(Long.MAX_VALUE, "")).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("USER_NOT_FOUND"));
    }

    private MvcTestResult history(long userId, String query) {
        return mvc.get().uri("/api/v1/users/" + userId + "/points/history" + query).exchange();
    }
}
