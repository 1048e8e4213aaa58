package dev.concertsaga.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A kustomization as {@code kubectl kustomize} renders it. Without kubectl the checks are skipped on a workstation and
 * fail in CI ({@code CI} set), where {@code .ci/run} installs it; {@code KUBECTL} names another binary.
 */
final class Kustomization {

    static final Path ROOT = Path.of("kubernetes");

    private Kustomization() {
    }

    static List<Manifest> render(String directory) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Process process = new ProcessBuilder(kubectl, "kustomize", ROOT.resolve(directory).toString())
                    .redirectOutput(output.toFile()).redirectErrorStream(false).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
            assertThat(process.exitValue()).as("kubectl kustomize %s: %s", directory, errors).isZero();
            return parse(Files.readString(output));
        } catch (IOException e) {
            if (System.getenv("CI") != null) {
                fail("kubectl is needed to render the manifests (.ci/run installs it): " + e.getMessage());
            }
            Assumptions.abort("no kubectl here, the manifests are checked in CI: " + e.getMessage());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Manifest> parse(String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document != null) {
                manifests.add(new Manifest((Map<String, Object>) document));
            }
        }
        return manifests;
    }
}
