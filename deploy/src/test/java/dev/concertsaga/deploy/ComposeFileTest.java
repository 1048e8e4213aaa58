package dev.concertsaga.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** What must hold of docker-compose.yml and the Dockerfile: the local stack's Kafka, bounded memory, room to scale. */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void runs_the_kafka_of_the_local_stack() throws IOException {
        assertThat(compose().at("services", "kafka", "image")).isEqualTo("apache/kafka:" + System.getProperty("kafka.version"));
    }

    @Test
    void every_service_is_built_from_the_shared_build_stage_with_bounded_memory_and_no_port_of_its_own() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        for (String service : ServiceSettings.SERVICES) {
            Manifest compose = compose();
            assertThat(compose.at("services", service, "build", "target")).as(service).isEqualTo(service);
            assertThat(dockerfile).as(service).contains("FROM runtime AS " + service + "\nCOPY --from=build /jars/" + service + ".jar /app.jar");
            assertThat(compose.at("services", service, "mem_limit")).as(service).isEqualTo("448m");
            assertThat(compose.at("services", service, "ports")).as("%s scales, so the gateway publishes its port", service).isNull();
            assertThat(compose.at("services", "gateway", "ports").toString()).contains(ServiceSettings.of(service).get("server.port"));
        }
        assertThat(dockerfile).contains("--mount=type=cache,target=/root/.m2").doesNotContain("MaxRAMPercentage");
    }

    @SuppressWarnings("unchecked")
    private static Manifest compose() throws IOException {
        return new Manifest((Map<String, Object>) new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml"))));
    }
}
