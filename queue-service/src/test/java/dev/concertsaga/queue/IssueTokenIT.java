package dev.concertsaga.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** POST /api/v1/queue/tokens: one live token per user, a place at the back of the queue, nothing written on a 400. */
@QueueIT
class IssueTokenIT {

    @Autowired
    TokenClient client;
    @Autowired
    QueueFixture queue;

    @Test
    void issues_a_waiting_token_at_the_back_of_the_queue_with_its_location() throws Exception {
        long user = TestUsers.next();
        queue.emptyQueue();
        try (AdmissionPause paused = queue.pauseAdmission()) {
            MvcTestResult result = client.post("{\"userId\":" + user + "}");

            assertThat(result).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
            TokenState token = client.read(result);
            assertThat(result).hasHeader("Location", TokenClient.TOKENS + "/" + token.token());
            assertThat(result).bodyJson().isLenientlyEqualTo(
                    "{\"token\":\"" + token.token() + "\",\"userId\":" + user + ",\"status\":\"WAITING\",\"position\":1,\"activeUntil\":null}");
            assertThat(queue.tokensOf(user)).isEqualTo(1);
        }
    }

    @Test
    void returns_the_waiting_token_the_user_holds_when_asked_again_without_a_new_place() throws Exception {
        long user = TestUsers.next();
        queue.emptyQueue();
        try (AdmissionPause paused = queue.pauseAdmission()) {
            TokenState first = client.issue(user);
            client.issue(TestUsers.next());

            TokenState again = client.issue(user);

            assertThat(again).isEqualTo(first);
            assertThat(again.position()).isEqualTo(1);
            assertThat(queue.tokensOf(user)).isEqualTo(1);
        }
    }

    @Test
    void returns_the_active_token_the_user_holds_when_asked_again() {
        long user = TestUsers.next();
        TokenState active = client.state(queue.activeToken(user));

        assertThat(client.issue(user)).isEqualTo(active);
        assertThat(active.status()).isEqualTo("ACTIVE");
        assertThat(queue.tokensOf(user)).isEqualTo(1);
    }

    @Test
    void issues_a_new_token_once_the_users_token_has_expired() {
        long user = TestUsers.next();
        TokenState expired = client.state(queue.activeToken(user));
        queue.passTheDeadline();
        queue.awaitStatus(expired.token(), "EXPIRED");

        TokenState renewed = client.issue(user);

        assertThat(renewed.token()).isNotEqualTo(expired.token());
        assertThat(renewed.status()).isIn("WAITING", "ACTIVE");
        assertThat(queue.tokensOf(user)).isEqualTo(2);
    }

    @Test
    void issues_one_token_when_twenty_requests_of_one_user_race() throws Exception {
        long user = TestUsers.next();
        CountDownLatch start = new CountDownLatch(1);
        Callable<TokenState> request = () -> {
            start.await();
            return client.issue(user);
        };
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<Future<TokenState>> responses = IntStream.range(0, 20).mapToObj(i -> threads.submit(request)).toList();
            start.countDown();

            List<TokenState> tokens = responses.stream().map(IssueTokenIT::get).toList();
            assertThat(tokens).extracting(TokenState::token).containsOnly(tokens.get(0).token());
            assertThat(queue.tokensOf(user)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"userId\":null}", "{\"userId\":0}", "{\"userId\":-7}"})
    void rejects_a_missing_zero_or_negative_user_id_and_writes_nothing(String body) {
        long before = queue.allTokens();

        MvcTestResult result = client.post(body);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("userId");
        assertThat(queue.allTokens()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"userId\":\"seven\"}", "not json", ""})
    void rejects_a_body_that_is_not_json_of_the_expected_shape(String body) {
        MvcTestResult result = client.post(body);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("MALFORMED_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"userId\":1.5}", "{\"userId\":\"7\"}", "{\"userId\":7.0}", "{\"userId\":true}"})
    void rejects_a_user_id_that_would_need_coercion_names_the_field_and_writes_nothing(String body) {
        long before = queue.allTokens();

        MvcTestResult result = client.post(body);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("MALFORMED_REQUEST");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("userId");
        assertThat(queue.allTokens()).isEqualTo(before);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError("a request failed", e);
        }
    }
}
