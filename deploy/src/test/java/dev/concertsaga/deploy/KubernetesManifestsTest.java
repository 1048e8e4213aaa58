package dev.concertsaga.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.concertsaga.events.Topics;

/** What must hold of deploy/kubernetes, read from {@code kubectl kustomize} of the base and of the local overlay. */
class KubernetesManifestsTest {

    /** The most a service was seen resident under load (README, Benchmark): requests must cover it. */
    private static final long MEASURED_RSS_MIB = 297;

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void every_service_is_probed_on_its_actuator_health_groups(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        for (String service : ServiceSettings.SERVICES) {
            Manifest container = new Manifest(system.container(service));
            assertThat(ServiceSettings.of(service).get("management.endpoint.health.probes.enabled")).as(service).isEqualTo("true");
            assertThat(container.at("livenessProbe", "httpGet", "path")).as(service).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("readinessProbe", "httpGet", "path")).as(service).isEqualTo("/actuator/health/readiness");
            assertThat(container.at("startupProbe", "httpGet", "path")).as(service).isEqualTo("/actuator/health/liveness");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void every_service_requests_its_measured_memory_and_is_limited_below_the_design_bound(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        for (String service : ServiceSettings.SERVICES) {
            Manifest resources = new Manifest(new Manifest(system.container(service)).map("resources"));
            assertThat(mebibytes(resources.at("requests", "memory"))).as(service).isGreaterThanOrEqualTo(MEASURED_RSS_MIB);
            assertThat(mebibytes(resources.at("limits", "memory"))).as(service).isGreaterThan(mebibytes(resources.at("requests", "memory")))
                    .isLessThanOrEqualTo(512);
            assertThat(resources.at("requests", "cpu")).as(service).isNotNull();
            assertThat(resources.at("limits", "cpu")).as(service).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void every_service_is_configured_only_through_what_it_reads_and_gets_what_it_needs(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        for (String service : ServiceSettings.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, Map<String, Object>> environment = new Manifest(system.container(service)).list("env").stream()
                    .collect(Collectors.toMap(variable -> (String) variable.get("name"), variable -> variable));
            assertThat(settings.environmentVariables()).as(service).containsAll(environment.keySet());
            assertThat(environment).as(service).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                    "SPRING_DATASOURCE_PASSWORD", "SPRING_KAFKA_BOOTSTRAP_SERVERS");
            assertThat(new Manifest(system.container(service)).list("ports").get(0).get("containerPort")).as(service)
                    .isEqualTo(Integer.parseInt(settings.get("server.port")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void database_credentials_are_secrets_taken_by_reference(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        for (String service : ServiceSettings.SERVICES) {
            Map<String, Map<String, Object>> environment = new Manifest(system.container(service)).list("env").stream()
                    .collect(Collectors.toMap(variable -> (String) variable.get("name"), variable -> variable));
            Map.of("SPRING_DATASOURCE_USERNAME", "username", "SPRING_DATASOURCE_PASSWORD", "password").forEach((credential, key) -> {
                Manifest variable = new Manifest(environment.get(credential));
                assertThat(variable.at("value")).as(service + " " + credential).isNull();
                assertThat(variable.at("valueFrom", "secretKeyRef", "name")).as(service + " " + credential).isEqualTo(service + "-db");
                assertThat(variable.at("valueFrom", "secretKeyRef", "key")).as(service + " " + credential).isEqualTo(key);
            });
        }
        if (directory.equals("base")) {
            assertThat(system.all("Secret")).as("the base writes no secret").isEmpty();
        } else {
            for (String service : ServiceSettings.SERVICES) {
                Manifest secret = system.one("Secret", service + "-db");
                assertThat(secret.at("type")).as(service).isEqualTo("kubernetes.io/basic-auth");
                assertThat(secret.map("data")).as(service).containsKeys("username", "password");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void termination_outlasts_the_pause_before_stopping_and_the_graceful_shutdown(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        for (String service : ServiceSettings.SERVICES) {
            Manifest pod = new Manifest(system.one("Deployment", service).map("spec", "template", "spec"));
            List<?> preStop = (List<?>) new Manifest(system.container(service)).at("lifecycle", "preStop", "exec", "command");
            Duration shutdown = ServiceSettings.of(service).duration("spring.lifecycle.timeout-per-shutdown-phase");
            assertThat(ServiceSettings.of(service).get("server.shutdown")).as(service).isEqualTo("graceful");
            assertThat(preStop).as(service).hasSize(2).first().isEqualTo("sleep");
            long pause = Long.parseLong((String) preStop.get(1));
            assertThat((long) pod.number("terminationGracePeriodSeconds")).as(service).isGreaterThan(pause + shutdown.toSeconds());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void every_topic_and_its_dead_letter_topic_is_a_kafka_topic_of_the_cluster(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        String cluster = system.all("Kafka").get(0).name();
        for (String topic : Topics.ALL) {
            for (String name : List.of(topic, Topics.deadLetter(topic))) {
                Manifest kafkaTopic = system.one("KafkaTopic", name);
                assertThat(kafkaTopic.at("metadata", "labels", "strimzi.io/cluster")).as(name).isEqualTo(cluster);
                assertThat(kafkaTopic.number("spec", "partitions")).as(name).isGreaterThanOrEqualTo(6);
                assertThat(kafkaTopic.number("spec", "replicas")).as(name).isEqualTo(3);
            }
        }
        assertThat(system.all("KafkaTopic")).hasSize(2 * Topics.ALL.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void every_service_has_a_database_and_a_role_of_its_own(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        Manifest cluster = system.all("Cluster").get(0);
        Map<String, Object> roles = cluster.list("spec", "managed", "roles").stream()
                .collect(Collectors.toMap(role -> (String) role.get("name"), role -> new Manifest(role).at("passwordSecret", "name")));
        for (String service : ServiceSettings.SERVICES) {
            String url = (String) new Manifest(system.container(service)).list("env").stream()
                    .filter(variable -> variable.get("name").equals("SPRING_DATASOURCE_URL")).findFirst().orElseThrow().get("value");
            String database = url.substring(url.lastIndexOf('/') + 1);
            Manifest resource = system.all("Database").stream().filter(d -> database.equals(d.at("spec", "name"))).findFirst().orElseThrow();
            assertThat(resource.at("spec", "cluster", "name")).as(service).isEqualTo(cluster.name());
            assertThat(url).as(service).startsWith("jdbc:postgresql://" + cluster.name() + "-rw:5432/");
            assertThat(roles.get((String) resource.at("spec", "owner"))).as(service + "'s role").isEqualTo(service + "-db");
            if (!system.all("Secret").isEmpty()) {
                String username = (String) system.one("Secret", service + "-db").at("data", "username");
                assertThat(new String(Base64.getDecoder().decode(username), StandardCharsets.UTF_8)).as(service).isEqualTo(resource.at("spec", "owner"));
            }
        }
        assertThat(system.all("Database")).hasSize(ServiceSettings.SERVICES.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void no_service_runs_more_instances_than_its_topics_have_partitions(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        for (String service : ServiceSettings.SERVICES) {
            Manifest autoscaler = system.one("HorizontalPodAutoscaler", service);
            assertThat(autoscaler.at("spec", "scaleTargetRef", "name")).isEqualTo(service);
            assertThat(autoscaler.number("spec", "maxReplicas")).as(service).isLessThanOrEqualTo(system.fewestPartitions());
            assertThat(system.one("Deployment", service).number("spec", "replicas")).as(service)
                    .isBetween(autoscaler.number("spec", "minReplicas"), autoscaler.number("spec", "maxReplicas"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void every_service_is_reachable_and_keeps_an_instance_through_a_drain(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        for (String service : ServiceSettings.SERVICES) {
            Object pods = system.one("Deployment", service).at("spec", "template", "metadata", "labels", "app.kubernetes.io/name");
            Manifest front = system.one("Service", service);
            assertThat(front.at("spec", "selector", "app.kubernetes.io/name")).as(service).isEqualTo(pods);
            assertThat(front.list("spec", "ports").get(0).get("port")).isEqualTo(Integer.parseInt(ServiceSettings.of(service).get("server.port")));
            Manifest budget = system.one("PodDisruptionBudget", service);
            assertThat(budget.at("spec", "selector", "matchLabels", "app.kubernetes.io/name")).as(service).isEqualTo(pods);
            assertThat(budget.number("spec", "minAvailable")).as(service)
                    .isPositive().isLessThan(system.one("HorizontalPodAutoscaler", service).number("spec", "minReplicas"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local"})
    void kafka_runs_in_kraft_mode_on_three_brokers_with_the_local_stacks_version(String directory) {
        RenderedSystem system = RenderedSystem.of(directory);
        Manifest kafka = system.all("Kafka").get(0);
        assertThat(kafka.at("spec", "kafka", "version")).isEqualTo(System.getProperty("kafka.version"));
        assertThat(kafka.at("metadata", "annotations", "strimzi.io/kraft")).isEqualTo("enabled");
        assertThat(kafka.at("spec", "zookeeper")).isNull();
        int brokers = system.all("KafkaNodePool").stream().filter(pool -> pool.at("spec", "roles").toString().contains("broker"))
                .mapToInt(pool -> pool.number("spec", "replicas")).sum();
        assertThat(brokers).isEqualTo(3);
        assertThat(kafka.map("spec", "kafka", "config")).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3);
    }

    private static long mebibytes(Object quantity) {
        String text = String.valueOf(quantity);
        if (text.endsWith("Gi")) {
            return Long.parseLong(text.substring(0, text.length() - 2)) * 1024;
        }
        assertThat(text).as("a memory quantity in Mi or Gi").endsWith("Mi");
        return Long.parseLong(text.substring(0, text.length() - 2));
    }
}
