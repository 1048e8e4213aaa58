package dev.concertsaga.systemtests;

import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * One service running as it would in its own process: its own Spring context, database, consumer group and port.
 * It can be stopped and started again (a crash and a restart), and its consumption of a topic paused (a slow service).
 */
final class ServiceNode {

    private final String name;
    private final Class<?> application;
    private final Map<String, Object> properties;
    private final Clock clock;
    private ConfigurableApplicationContext context;

    ServiceNode(String name, Class<?> application, Map<String, Object> properties, Clock clock) {
        this.name = name;
        this.application = application;
        this.properties = new HashMap<>(properties);
        // Four services share this classpath, so each must read its own application.yml, as its own jar would.
        this.properties.put("spring.config.location", ownConfiguration(application));
        this.properties.put("spring.application.name", name);
        this.properties.put("spring.kafka.consumer.group-id", name);
        this.properties.put("server.port", 0);
        // Spans are recorded in this JVM (RecordedSpans), not sent to a Zipkin that does not run here.
        this.properties.put("management.tracing.export.zipkin.enabled", false);
        this.clock = clock;
    }

    void start() {
        // As command-line arguments, the settings override the service's application.yml, as a deployment's would.
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        context = new SpringApplicationBuilder(application)
                .registerShutdownHook(false)
                .initializers(created -> {
                    created.getBeanFactory().registerSingleton("clock", clock);
                    created.getBeanFactory().registerSingleton("recordedSpans", RecordedSpans.ALL);
                })
                .run(arguments);
    }

    void stop() {
        if (running()) {
            context.close();
        }
    }

    boolean running() {
        return context != null && context.isActive();
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /**
     * Stops taking records from {@code topic}, and returns once the consumer has stopped. A service reads all its
     * topics in one listener: the topic's partitions are paused, and the listener goes on with the others.
     */
    void pauseConsumption(String topic) {
        listenersOf(topic).forEach(container -> partitionsOf(container, topic).forEach(container::pausePartition));
        await().until(() -> listenersOf(topic).stream()
                .allMatch(container -> partitionsOf(container, topic).stream().allMatch(container::isPartitionPaused)));
    }

    void resumeConsumption(String topic) {
        listenersOf(topic).forEach(container -> partitionsOf(container, topic).forEach(container::resumePartition));
    }

    private List<MessageListenerContainer> listenersOf(String topic) {
        List<MessageListenerContainer> containers = context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().stream()
                .filter(container -> List.of(container.getContainerProperties().getTopics()).contains(topic))
                .toList();
        if (containers.isEmpty()) {
            throw new IllegalArgumentException(name + " does not consume " + topic);
        }
        return containers;
    }

    private List<TopicPartition> partitionsOf(MessageListenerContainer container, String topic) {
        Collection<TopicPartition> assigned = container.getAssignedPartitions();
        if (assigned == null || assigned.isEmpty()) {
            throw new IllegalStateException(name + " has no partitions of " + topic + " assigned yet");
        }
        return assigned.stream().filter(partition -> partition.topic().equals(topic)).toList();
    }

    private static String ownConfiguration(Class<?> application) {
        URL source = application.getProtectionDomain().getCodeSource().getLocation();
        String location = source.toString();
        return location.endsWith(".jar") ? "jar:" + location + "!/application.yml" : location + "application.yml";
    }
}
