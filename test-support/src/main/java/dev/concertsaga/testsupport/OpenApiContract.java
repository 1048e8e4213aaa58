package dev.concertsaga.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

/**
 * Checks a service's OpenAPI document against its code: every problem {@code code} its web adapters can answer is
 * documented on some operation, and nothing else is; every operation has a summary, answers JSON and documents a 503
 * with {@code Retry-After}. The codes are the upper-case string literals in the sources of {@code adapter/in/web}
 * outside {@code @ProblemResponse} (where each is thrown or mapped), the codes the shared handler answers for bad
 * input and outages, and any the service names itself (e.g. an enum's names). The document is also written to
 * {@code target/openapi/<service>.json}, where {@code .ci/run} lints it. A service's {@code OpenApiContractIT}
 * extends this class with its own test annotation, and adds what only its API promises.
 */
public abstract class OpenApiContract {

    /** The shared handler's answers to input it cannot read, and to an outage (common-web ProblemCodes). */
    private static final Set<String> SHARED = Set.of("VALIDATION_FAILED", "MALFORMED_REQUEST", "INVALID_PARAMETER", "SERVICE_UNAVAILABLE");
    /** What documents a code is not what answers with it. */
    private static final Pattern PROBLEM_DOC = Pattern.compile("@ProblemResponse\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private static final String PROBLEM_CODES =
            "$.paths.*.*.responses.*.content['application/problem+json'].schema.allOf[*].properties.code.enum[*]";

    @Autowired
    protected MockMvcTester mvc;

    private final String service;
    private final Set<String> alsoAnswered;

    /** {@code alsoAnswered}: codes the service answers that its web adapters do not spell out, e.g. an enum's names. */
    protected OpenApiContract(String service, Set<String> alsoAnswered) {
        this.service = service;
        this.alsoAnswered = Set.copyOf(alsoAnswered);
    }

    @Test
    protected void documents_every_problem_code_the_controllers_can_answer_and_no_other() {
        verify(service, apiDocs(), alsoAnswered);
    }

    @Test
    protected void every_operation_has_a_summary_a_json_answer_and_a_503_with_retry_after() {
        List<Map<String, Object>> operations = JsonPath.read(apiDocs(), "$.paths.*.*");

        assertThat(operations).isNotEmpty().allSatisfy(operation -> {
            assertThat(operation).containsKey("summary");
            assertThat((Object) JsonPath.read(operation, "$.responses['503'].headers['Retry-After']")).isNotNull();
            assertThat((List<Object>) JsonPath.read(operation, "$.responses.*.content['*/*']")).isEmpty();
        });
    }

    /** The document as the service serves it. */
    protected String apiDocs() {
        return assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText().actual();
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
