package dev.concertsaga.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

/**
 * Checks a service's OpenAPI document against its code: every problem {@code code} its web adapters can answer is
 * documented on some operation, and nothing else is. The codes are the upper-case string literals in the sources of
 * {@code adapter/in/web} outside {@code @ProblemResponse} (where each is thrown or mapped), the codes the shared
 * handler answers for bad input and outages, and any the service names itself (e.g. an enum's names). The document
 * is also written to {@code target/openapi/<service>.json}, where {@code .ci/run} lints it.
 */
public final class OpenApiContract {

    /** The shared handler's answers to input it cannot read, and to an outage (common-web ProblemCodes). */
    private static final Set<String> SHARED = Set.of("VALIDATION_FAILED", "MALFORMED_REQUEST", "INVALID_PARAMETER", "SERVICE_UNAVAILABLE");
    /** What documents a code is not what answers with it. */
    private static final Pattern PROBLEM_DOC = Pattern.compile("@ProblemResponse\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private static final String PROBLEM_CODES =
            "$.paths.*.*.responses.*.content['application/problem+json'].schema.allOf[*].properties.code.enum[*]";

    private OpenApiContract() {
    }

    public static void verify(String service, String apiDocs, Set<String> alsoAnswered) {
        write(service, apiDocs);
        Set<String> answerable = new TreeSet<>(SHARED);
        answerable.addAll(codesIn(Path.of("src/main/java")));
        answerable.addAll(alsoAnswered);
        assertThat(documentedCodes(apiDocs)).as("problem codes documented in %s's OpenAPI", service)
                .containsExactlyInAnyOrderElementsOf(answerable);
    }

    public static Set<String> documentedCodes(String apiDocs) {
        List<String> codes = JsonPath.read(apiDocs, PROBLEM_CODES);
        return new TreeSet<>(codes);
    }

    static Set<String> codesIn(Path sources) {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().replace('\\', '/').contains("/adapter/in/web/") && file.toString().endsWith(".java"))
                    .forEach(file -> {
                        Matcher literal = CODE_LITERAL.matcher(PROBLEM_DOC.matcher(read(file)).replaceAll(""));
                        while (literal.find()) {
                            codes.add(literal.group(1));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static void write(String service, String apiDocs) {
        try {
            Path file = Path.of("target", "openapi", service + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, apiDocs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
