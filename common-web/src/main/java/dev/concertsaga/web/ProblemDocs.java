package dev.concertsaga.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Writes an endpoint's problem answers into its OpenAPI operation: those it declares with {@link ProblemResponse},
 * the 400 every endpoint with input can answer, and the 503 with {@code Retry-After} every endpoint answers in an
 * outage. Each is {@code application/problem+json}: the shared {@code Problem} schema, its {@code code} narrowed to
 * the codes that status carries here, with one example per code.
 */
final class ProblemDocs {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";

    private ProblemDocs() {
    }

    static Operation document(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problemsOf(handler).forEach((status, problem) -> responses.addApiResponse(Integer.toString(status), problem.response(status)));
        operation.setResponses(responses);
        return operation;
    }

    private static Map<Integer, Problem> problemsOf(HandlerMethod handler) {
        Map<Integer, Problem> problems = new LinkedHashMap<>();
        Set<String> badInput = badInputCodes(handler);
        if (!badInput.isEmpty()) {
            problems.put(400, new Problem(badInput, "The request is malformed: a body that is not JSON of the expected shape, "
                    + "a field or parameter of the wrong type or out of range (`errors` names it)."));
        }
        for (ProblemResponse declared : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), ProblemResponse.class)) {
            problems.merge(declared.status(), new Problem(new LinkedHashSet<>(List.of(declared.codes())), declared.description()), Problem::and);
        }
        problems.put(503, new Problem(Set.of(ProblemCodes.SERVICE_UNAVAILABLE),
                "The service cannot reach its database or broker. Nothing was changed; retry after `Retry-After` seconds."));
        return problems;
    }

    private static Set<String> badInputCodes(HandlerMethod handler) {
        Set<String> codes = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                codes.add(ProblemCodes.MALFORMED_REQUEST);
                codes.add(ProblemCodes.VALIDATION_FAILED);
            }
            if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestParam.class)) {
                codes.add(ProblemCodes.INVALID_PARAMETER);
                codes.add(ProblemCodes.VALIDATION_FAILED);
            }
        }
        return codes;
    }

    /** The shared body of every problem: RFC 9457's members and this API's {@code code} and {@code errors}. */
    static Schema<?> problemSchema() {
        Schema<Object> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or parameter, as a dotted path.").example("userId"))
                .addProperty("message", new StringSchema().description("What is wrong with it.").example("must be greater than 0"));
        error.setRequired(List.of("field", "message"));
        Schema<Object> problem = new ObjectSchema()
                .description("An error, as RFC 9457 application/problem+json. Branch on `code`; `detail` is for people.")
                .addProperty("type", new StringSchema().description("Always about:blank: the code says what happened.").example("about:blank"))
                .addProperty("title", new StringSchema().description("The HTTP status's reason phrase.").example("Conflict"))
                .addProperty("status", new IntegerSchema().description("The HTTP status.").example(409))
                .addProperty("detail", new StringSchema().description("What happened, in a sentence for a person."))
                .addProperty("instance", new StringSchema().description("The path that was asked for.").example("/api/v1/payments"))
                .addProperty("code", new StringSchema().description("A stable upper-case code a client can branch on.").example("SEAT_NOT_AVAILABLE"))
                .addProperty("errors", new ArraySchema().items(error)
                        .description("For a 400: each field or parameter that is wrong."));
        problem.setRequired(List.of("type", "title", "status", "detail", "code"));
        return problem;
    }

    private record Problem(Set<String> codes, String description) {

        Problem and(Problem other) {
            Set<String> all = new LinkedHashSet<>(codes);
            all.addAll(other.codes);
            return new Problem(all, description + " " + other.description);
        }

        ApiResponse response(int status) {
            Schema<Object> narrowed = new ObjectSchema().addProperty("code", new StringSchema()._enum(List.copyOf(codes)));
            Schema<Object> schema = new Schema<>().allOf(List.of(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA), narrowed));
            MediaType media = new MediaType().schema(schema);
            codes.forEach(code -> media.addExamples(code, new Example().summary(code).value(example(status, code))));
            ApiResponse response = new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
            if (status == 503) {
                response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                        .description("Seconds to wait before retrying.").schema(new IntegerSchema().example(ProblemHandler.RETRY_AFTER_SECONDS)));
            }
            return response;
        }

        private static Map<String, Object> example(int status, String code) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", "about:blank");
            example.put("title", HttpStatus.valueOf(status).getReasonPhrase());
            example.put("status", status);
            example.put("detail", "A sentence saying what happened.");
            example.put("code", code);
            return example;
        }
    }
}
