package dev.concertsaga.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What every service must be, checked the same way in each: on its own database, healthy, and documented. */
public final class ServiceEssentials {

    private ServiceEssentials() {
    }

    /** Runs on the named database, with the plumbing's tables migrated beside its own. */
    public static void assertOwnDatabaseWithMessagingTables(JdbcClient jdbc, String database) {
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo(database);
        assertThat(jdbc.sql("SELECT count(*) FROM messaging.outbox").query(Long.class).single()).isNotNegative();
    }

    /** Its health says UP for the database, the broker and the outbox, and its liveness and readiness groups answer. */
    public static void assertHealthyDatabaseKafkaAndOutbox(MockMvcTester mvc) {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.components.db.status", status -> assertThat(status).isEqualTo("UP"))
                .hasPathSatisfying("$.components.kafka.status", status -> assertThat(status).isEqualTo("UP"))
                .hasPathSatisfying("$.components.outbox.status", status -> assertThat(status).isEqualTo("UP"));
        // The groups Kubernetes probes (deploy/kubernetes).
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
    }

    /** Its OpenAPI document is titled with its name and lists every endpoint of its contract. */
    public static void assertDocumentedInOpenApi(MockMvcTester mvc, String service, String... paths) {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.info.title", title -> assertThat(title).isEqualTo(service))
                .hasPathSatisfying("$.paths", documented -> assertThat(documented).asInstanceOf(InstanceOfAssertFactories.MAP)
                        .containsKeys((Object[]) paths));
    }
}
