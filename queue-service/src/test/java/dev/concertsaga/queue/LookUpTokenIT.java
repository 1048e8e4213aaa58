package dev.concertsaga.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** GET /api/v1/queue/tokens/{token}: status, place in the queue while waiting, deadline once active. */
@QueueIT
class LookUpTokenIT {

    @Autowired
    TokenClient client;
    @Autowired
    QueueFixture queue;

    @Test
    void shows_a_token_as_it_was_issued() throws Exception {
        queue.emptyQueue();
        try (AdmissionPause paused = queue.pauseAdmission()) {
            TokenState issued = client.issue(TestUsers.next());

            MvcTestResult result = client.get(issued.token());

            assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
            assertThat(client.read(result)).isEqualTo(issued);
        }
    }

    @Test
    void counts_the_waiting_tokens_ahead_in_issue_order_and_shows_zero_once_active() throws Exception {
        queue.emptyQueue();
        List<UUID> tokens;
        try (AdmissionPause paused = queue.pauseAdmission()) {
            tokens = Stream.generate(TestUsers::next).limit(3).map(user -> client.issue(user).token()).toList();

            assertThat(tokens).extracting(token -> client.state(token).position()).containsExactly(1L, 2L, 3L);
        }
        tokens.forEach(token -> queue.awaitStatus(token, "ACTIVE"));
        assertThat(tokens).extracting(client::state).allSatisfy(token -> {
            assertThat(token.position()).isZero();
            assertThat(token.activeUntil()).isNotNull();
        });
    }

    @Test
    void answers_an_unknown_token_with_token_not_found() {
        MvcTestResult result = client.get(UUID.randomUUID());

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("TOKEN_NOT_FOUND");
    }

    @Test
    void answers_a_token_that_is_not_a_uuid_with_invalid_parameter() {
        MvcTestResult result = client.get("not-a-uuid");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_PARAMETER");
    }
}
