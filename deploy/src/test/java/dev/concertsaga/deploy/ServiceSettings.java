package dev.concertsaga.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import dev.concertsaga.messaging.MessagingProperties;

/** What a service reads: its {@code application.yml}, flattened to dotted keys, and the shared {@code messaging.*}. */
record ServiceSettings(String service, Map<String, Object> properties) {

    static final Set<String> SERVICES = Set.of("payment-service", "queue-service", "concert-service", "user-service");

    static ServiceSettings of(String service) {
        Path file = Path.of("..", service, "src", "main", "resources", "application.yml");
        try {
            Map<String, Object> flat = new TreeMap<>();
            flatten("", new Yaml().load(Files.readString(file)), flat);
            return new ServiceSettings(service, flat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String key) {
        return String.valueOf(properties.get(key));
    }

    Duration duration(String key) {
        return Duration.parse("PT" + get(key).toUpperCase(Locale.ROOT));
    }

    /**
     * The environment variables that set what this service reads (Spring's relaxed binding: {@code spring.kafka.bootstrap-servers}
     * is {@code SPRING_KAFKA_BOOTSTRAPSERVERS} or {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}), plus the JVM's own.
     */
    Set<String> environmentVariables() {
        Stream<String> keys = Stream.concat(properties.keySet().stream(), messagingKeys("messaging", MessagingProperties.class));
        return Stream.concat(keys.flatMap(ServiceSettings::environmentNames), Stream.of("JAVA_TOOL_OPTIONS")).collect(Collectors.toSet());
    }

    private static Stream<String> environmentNames(String key) {
        String upper = key.toUpperCase(Locale.ROOT).replace('.', '_');
        return Stream.of(upper.replace("-", ""), upper.replace('-', '_'));
    }

    private static Stream<String> messagingKeys(String prefix, Class<?> type) {
        if (!type.isRecord()) {
            return Stream.of(prefix);
        }
        return Stream.of(type.getRecordComponents())
                .flatMap(component -> messagingKeys(prefix + "." + kebab(component), component.getType()));
    }

    private static String kebab(RecordComponent component) {
        return component.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> flatten(prefix.isEmpty() ? (String) key : prefix + "." + key, nested, flat));
        } else {
            flat.put(prefix, value);
        }
    }
}
