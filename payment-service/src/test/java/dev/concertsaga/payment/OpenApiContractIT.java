package dev.concertsaga.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import dev.concertsaga.testsupport.OpenApiContract;

/** The OpenAPI document a front-end builds against says what the payment API really answers. */
@PaymentIT
class OpenApiContractIT extends OpenApiContract {

    OpenApiContractIT() {
        super("payment-service", Set.of());
    }

    @Test
    void a_payment_request_is_documented_as_202_or_200_with_its_location_and_its_headers() {
        Map<String, Object> post = JsonPath.read(apiDocs(), "$.paths['/api/v1/payments'].post");
        Map<String, Object> responses = JsonPath.read(post, "$.responses");

        assertThat(responses).containsKeys("200", "202", "400", "401", "409", "422", "503").doesNotContainKey("500");
        assertThat((Map<String, Object>) JsonPath.read(post, "$.responses['202'].headers")).containsKeys("Location");
        assertThat((Map<String, Object>) JsonPath.read(post, "$.responses['202'].content")).containsOnlyKeys("application/json");
        assertThat((Map<String, Object>) JsonPath.read(post, "$.responses['503'].headers")).containsKeys("Retry-After");
        assertThat((List<Boolean>) JsonPath.read(post, "$.parameters[?(@.name == 'Idempotency-Key')].required")).containsExactly(true);
        assertThat((List<String>) JsonPath.read(post, "$.parameters[?(@.name == 'Prefer')].schema.type")).containsExactly("string");
        assertThat((String) JsonPath.read(post, "$.summary")).isNotBlank();
    }
}
