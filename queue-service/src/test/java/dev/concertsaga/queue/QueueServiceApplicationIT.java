package dev.concertsaga.queue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.concertsaga.testsupport.ServiceEssentials;

@QueueIT
class QueueServiceApplicationIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvcTester mvc;

    @Test
    void starts_on_its_own_database_with_the_messaging_tables_migrated() {
        ServiceEssentials.assertOwnDatabaseWithMessagingTables(jdbc, "queue_service");
    }

    @Test
    void reports_database_kafka_and_outbox_in_its_health() {
        ServiceEssentials.assertHealthyDatabaseKafkaAndOutbox(mvc);
    }

    @Test
    void documents_the_endpoints_of_its_contract_in_openapi() {
        ServiceEssentials.assertDocumentedInOpenApi(mvc, "queue-service", "/api/v1/queue/tokens", "/api/v1/queue/tokens/{token}");
    }
}
