package dev.concertsaga.payment;

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

/** The OpenAPI document a front-end builds against says what the payment API really answers. */
@PaymentIT
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
        OpenApiContract.verify("payment-service", apiDocs, Set.of());
    }

    @Test
    void a_payment_request_is_documented_as_202_or_200_with_its_location_and_its_headers() {
        Map<String, Object> post = JsonPath.read(apiDocs, "$.paths['/api/v1/payments'].post");
        Map<String, Object> responses = JsonPath.read(post, "$.responses");

        assertThat(responses).containsKeys("200", "202", "400", "401", "409", "422", "503").doesNotContainKey("500");
        assertThat((Map<String, Object>) JsonPath.read(post, "$.responses['202'].headers")).containsKeys("Location");
        assertThat((Map<String, Object>) JsonPath.read(post, "$.responses['202'].content")).containsOnlyKeys("application/json");
        assertThat((Map<String, Object>) JsonPath.read(post, "$.responses['503'].headers")).containsKeys("Retry-After");
        assertThat((List<Boolean>) JsonPath.read(post, "$.parameters[?(@.name == 'Idempotency-Key')].required")).containsExactly(true);
        assertThat((List<String>) JsonPath.read(post, "$.parameters[?(@.name == 'Prefer')].schema.type")).containsExactly("string");
        assertThat((String) JsonPath.read(post, "$.summary")).isNotBlank();
    }

    @Test
    void every_operation_has_a_summary_and_a_problem_answer() {
        List<Map<String, Object>> operations = JsonPath.read(apiDocs, "$.paths.*.*");

        assertThat(operations).isNotEmpty().allSatisfy(operation -> {
            assertThat(operation).containsKey("summary");
            assertThat((Map<String, Object>) operation.get("responses")).containsKey("503");
        });
    }
}
