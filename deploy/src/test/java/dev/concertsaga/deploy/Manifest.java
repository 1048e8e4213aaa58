package dev.concertsaga.deploy;

import java.util.List;
import java.util.Map;

/** One object of a rendered kustomization, read as plain maps and lists. */
record Manifest(Map<String, Object> body) {

    String kind() {
        return (String) body.get("kind");
    }

    String name() {
        return (String) at("metadata", "name");
    }

    /** The value at a path of map keys, or null where the path ends early. */
    Object at(String... path) {
        Object current = body;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String... path) {
        Object value = at(path);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String... path) {
        Object value = at(path);
        return value instanceof List<?> ? (List<Map<String, Object>>) value : List.of();
    }

    int number(String... path) {
        return ((Number) at(path)).intValue();
    }
}
