package dev.concertsaga.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** Every kind of error reaches the client as application/problem+json with a stable code; nothing leaks. */
@WebMvcTest(ProblemHandlerIT.Endpoints.class)
@ImportAutoConfiguration(StrictJsonAutoConfiguration.class)
class ProblemHandlerIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void lists_every_invalid_field_of_a_body() {
        MvcTestResult result = mvc.post().uri("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"size\":-1}").exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("name", "size");
    }

    @Test
    void names_the_body_field_when_a_body_is_validated_together_with_a_constrained_path_variable() {
        MvcTestResult result = mvc.post().uri("/things/7/size").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"size\":0}").exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("size");
    }

    @Test
    void names_a_path_variable_that_breaks_its_constraint() {
        MvcTestResult result = mvc.post().uri("/things/0/size").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"size\":1}").exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("id");
    }

    @Test
    void answers_a_body_that_is_not_json_with_malformed_request() {
        assertProblem(mvc.post().uri("/things").contentType(MediaType.APPLICATION_JSON).content("{name:").exchange(),
                HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST);
    }

    @Test
    void answers_an_id_of_the_wrong_type_with_invalid_parameter() {
        MvcTestResult result = mvc.get().uri("/things/not-a-uuid").exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_PARAMETER);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("not-a-uuid");
    }

    @Test
    void answers_a_missing_header_with_missing_header() {
        assertProblem(mvc.get().uri("/headers").exchange(), HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_HEADER);
    }

    @Test
    void answers_an_unknown_path_with_not_found() {
        assertProblem(mvc.get().uri("/nowhere").exchange(), HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND);
    }

    @Test
    void answers_a_wrong_method_with_method_not_allowed() {
        assertProblem(mvc.delete().uri("/things").exchange(), HttpStatus.METHOD_NOT_ALLOWED, ProblemCodes.METHOD_NOT_ALLOWED);
    }

    @Test
    void passes_on_the_status_code_and_detail_of_an_api_exception() {
        MvcTestResult result = mvc.get().uri("/things/" + Endpoints.TAKEN).exchange();

        assertProblem(result, HttpStatus.CONFLICT, "THING_TAKEN");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("someone has it");
    }

    @Test
    void answers_the_unexpected_with_a_500_that_says_nothing_of_the_cause() throws Exception {
        MvcTestResult result = mvc.get().uri("/things/" + Endpoints.BROKEN).exchange();

        assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("secret");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a fraction for a whole number   | {\"name\":\"x\",\"size\":1.5}         | size",
            "text for a number               | {\"name\":\"x\",\"size\":\"100\"}     | size",
            "a number for text               | {\"name\":123,\"size\":1}             | name",
            "a boolean for text              | {\"name\":true,\"size\":1}            | name",
            "a boolean for a number          | {\"name\":\"x\",\"size\":true}        | size",
            "a number for an enum            | {\"name\":\"x\",\"size\":1,\"kind\":0}  | kind",
            "a nested fraction               | {\"name\":\"x\",\"size\":1,\"parts\":[{\"count\":2.5}]} | parts[0].count"})
    void refuses_to_coerce_a_scalar_and_names_the_field(String what, String body, String field) {
        MvcTestResult result = mvc.post().uri("/things").contentType(MediaType.APPLICATION_JSON).content(body).exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'" + field + "'");
    }

    @Test
    void still_reads_a_whole_number_into_a_decimal_and_a_well_typed_body() {
        assertThat(mvc.post().uri("/things").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"size\":2,\"kind\":\"BIG\",\"weight\":3,\"parts\":[{\"count\":1}]}").exchange())
                .hasStatusOk().bodyJson().extractingPath("$.weight").isEqualTo(3.0);
    }

    @Test
    void answers_an_unreachable_database_with_503_and_retry_after() {
        MvcTestResult result = mvc.get().uri("/things/" + Endpoints.DATABASE_DOWN).exchange();

        assertProblem(result, HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE);
        assertThat(result).hasHeader(HttpHeaders.RETRY_AFTER, "5");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().doesNotContain("secret");
    }

    @Test
    void answers_a_connection_refused_deep_in_the_cause_chain_with_503() {
        assertProblem(mvc.get().uri("/things/" + Endpoints.NO_CONNECTION).exchange(), HttpStatus.SERVICE_UNAVAILABLE,
                ProblemCodes.SERVICE_UNAVAILABLE);
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
    }

    @SpringBootApplication
    @RestController
    static class Endpoints {

        static final UUID TAKEN = UUID.fromString("00000000-0000-7000-8000-000000000001");
        static final UUID BROKEN = UUID.fromString("00000000-0000-7000-8000-000000000002");

        static final UUID DATABASE_DOWN = UUID.fromString("00000000-0000-7000-8000-000000000003");
        static final UUID NO_CONNECTION = UUID.fromString("00000000-0000-7000-8000-000000000004");

        enum Kind { SMALL, BIG }

        record Part(long count) {
        }

        record Thing(@NotBlank String name, @Positive int size, Kind kind, Double weight, List<Part> parts) {
        }

        @PostMapping("/things")
        Thing create(@Valid @RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/things/{id}")
        String get(@PathVariable UUID id) {
            if (id.equals(TAKEN)) {
                throw ApiException.conflict("THING_TAKEN", "someone has it");
            }
            if (id.equals(DATABASE_DOWN)) {
                throw new CannotCreateTransactionException("Could not open JDBC Connection: secret url",
                        new SQLTransientConnectionException("api - Connection is not available, request timed out after 3000ms"));
            }
            if (id.equals(NO_CONNECTION)) {
                throw new IllegalStateException("secret", new RuntimeException(new SQLException("refused", "08001", new ConnectException())));
            }
            throw new IllegalStateException("secret connection string");
        }

        @PostMapping("/things/{id}/size")
        Thing resize(@PathVariable @Positive long id, @Valid @RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/headers")
        String headers(@RequestHeader("Idempotency-Key") String key) {
            return key;
        }
    }
}
