package dev.concertsaga.deploy;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/** The objects one kustomization renders, found by kind and name; each directory is rendered once per test run. */
record RenderedSystem(String directory, List<Manifest> manifests) {

    private static final Map<String, RenderedSystem> RENDERED = new ConcurrentHashMap<>();

    static RenderedSystem of(String directory) {
        return RENDERED.computeIfAbsent(directory, d -> new RenderedSystem(d, Kustomization.render(d)));
    }

    List<Manifest> all(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.kind())).toList();
    }

    Manifest one(String kind, String name) {
        return all(kind).stream().filter(m -> name.equals(m.name())).findFirst()
                .orElseThrow(() -> new NoSuchElementException(directory + " renders no " + kind + " " + name));
    }

    Map<String, Object> container(String service) {
        return one("Deployment", service).list("spec", "template", "spec", "containers").get(0);
    }

    int fewestPartitions() {
        return all("KafkaTopic").stream().mapToInt(topic -> topic.number("spec", "partitions")).min().orElseThrow();
    }
}
