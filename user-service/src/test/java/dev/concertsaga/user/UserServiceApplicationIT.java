package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@UserServiceIT
class UserServiceApplicationIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvcTester mvc;

    @Test
    void starts_on_its_own_database_with_the_messaging_tables_migrated() {
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo("user_service");
        assertThat(jdbc.sql("SELECT count(*) FROM messaging.outbox").query(Long.class).single()).isNotNegative();
    }

    @Test
    void reports_database_kafka_and_outbox_in_its_health() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.components.db.status", status -> assertThat(status).isEqualTo("UP"))
                .hasPathSatisfying("$.components.kafka.status", status -> assertThat(status).isEqualTo("UP"))
                .hasPathSatisfying("$.components.outbox.status", status -> assertThat(status).isEqualTo("UP"));
    }

    @Test
    void documents_the_endpoints_of_its_contract_in_openapi() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.info.title", title -> assertThat(title).isEqualTo("user-service"))
                .hasPathSatisfying("$.paths", documented -> assertThat(documented).asInstanceOf(InstanceOfAssertFactories.MAP)
                        .containsKeys("/api/v1/users", "/api/v1/users/{userId}/points/charge", "/api/v1/users/{userId}/points", "/api/v1/users/{userId}/points/history"));
    }
}
