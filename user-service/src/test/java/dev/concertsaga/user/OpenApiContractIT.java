package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

import dev.concertsaga.testsupport.OpenApiContract;

/** The OpenAPI document a front-end builds against says what user-service really answers. */
@UserServiceIT
class OpenApiContractIT {

    @Autowired
    MockMvcTester mvc;

    String apiDocs;

    @BeforeEach
    void readApiDocs() throws Exception {
        apiDocs = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
    }

    @Test
    void documents_every_problem_code_the_controllers_can_answer_and_no_other() {
        OpenApiContract.verify("user-service", apiDocs, Set.of());
    }

    @Test
    void every_operation_has_a_summary_a_json_answer_and_a_503_with_retry_after() {
        List<Map<String, Object>> operations = JsonPath.read(apiDocs, "$.paths.*.*");

        assertThat(operations).isNotEmpty().allSatisfy(operation -> {
            assertThat(operation).containsKey("summary");
            assertThat((Object) JsonPath.read(operation, "$.responses['503'].headers['Retry-After']")).isNotNull();
            assertThat((List<Object>) JsonPath.read(operation, "$.responses.*.content['*/*']")).isEmpty();
        });
    }
}
