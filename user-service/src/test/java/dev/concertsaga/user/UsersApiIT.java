package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

@UserServiceIT
class UsersApiIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registers_a_user_with_no_points_and_points_to_them() throws Exception {
        MvcTestResult created = register("{\"name\":\"Ada Lovelace\"}");

        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("{\"name\":\"Ada Lovelace\",\"balance\":0}");
        long userId = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.userId")).longValue();
        assertThat(created).hasHeader("Location", "http://localhost/api/v1/users/" + userId);
        assertThat(mvc.get().uri("/api/v1/users/{userId}", userId)).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"userId\":" + userId + ",\"name\":\"Ada Lovelace\",\"balance\":0}");
    }

    static Stream<String> invalidNames() {
        return Stream.of("{}", "{\"name\":null}", "{\"name\":\"\"}", "{\"name\":\"   \"}", "{\"name\":\"" + "x".repeat(101) + "\"}");
    }

    @ParameterizedTest
    @MethodSource("invalidNames")
    void refuses_a_missing_blank_or_too_long_name_and_registers_nobody(String body) {
        long usersBefore = countUsers();

        assertThat(register(body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("VALIDATION_FAILED"))
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("name"));
        assertThat(countUsers()).isEqualTo(usersBefore);
    }

    @Test
    void accepts_a_name_of_100_characters() {
        assertThat(register("{\"name\":\"" + "x".repeat(100) + "\"}")).hasStatus(HttpStatus.CREATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":123}", "{\"name\":true}", "{\"name\":1.5}"})
    void refuses_a_name_that_is_not_text_and_registers_nobody(String body) {
        long usersBefore = countUsers();

        assertThat(register(body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("MALFORMED_REQUEST"))
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("name"));
        assertThat(countUsers()).isEqualTo(usersBefore);
    }

    @Test
    void refuses_a_body_that_is_not_json() {
        assertThat(register("name=Ada")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("MALFORMED_REQUEST"));
    }

    @Test
    void answers_404_for_an_unknown_user() {
        assertThat(mvc.get().uri("/api/v1/users/{userId}", Long.MAX_VALUE)).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("USER_NOT_FOUND"));
    }

    @Test
    void refuses_an_id_that_is_not_a_positive_number() {
        assertThat(mvc.get().uri("/api/v1/users/0")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("VALIDATION_FAILED"));
        assertThat(mvc.get().uri("/api/v1/users/ada")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("INVALID_PARAMETER"));
    }

    private MvcTestResult register(String body) {
        return mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private long countUsers() {
        return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
    }
}
