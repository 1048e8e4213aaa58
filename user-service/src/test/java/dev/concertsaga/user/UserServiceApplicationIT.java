package dev.concertsaga.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.concertsaga.testsupport.ServiceEssentials;

@UserServiceIT
class UserServiceApplicationIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvcTester mvc;

    @Test
    void starts_on_its_own_database_with_the_messaging_tables_migrated() {
        ServiceEssentials.assertOwnDatabaseWithMessagingTables(jdbc, "user_service");
    }

    @Test
    void reports_database_kafka_and_outbox_in_its_health() {
        ServiceEssentials.assertHealthyDatabaseKafkaAndOutbox(mvc);
    }

    @Test
    void documents_the_endpoints_of_its_contract_in_openapi() {
        ServiceEssentials.assertDocumentedInOpenApi(mvc, "user-service", "/api/v1/users", "/api/v1/users/{userId}/points/charge", "/api/v1/users/{userId}/points", "/api/v1/users/{userId}/points/history");
    }
}
