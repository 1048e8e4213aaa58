package dev.concertsaga.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into application/problem+json with a stable {@code code}: Spring MVC's own (validation, bad
 * JSON, wrong types, unknown paths), {@link ApiException}s, and anything unexpected as a 500 that leaks nothing.
 * It is consulted last: a service's own advice for its domain exceptions needs a higher precedence ({@code @Order}),
 * or this one's catch-all would answer first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    /** How long a client should wait before retrying after a 503. */
    static final long RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApiException(ApiException e) {
        return ResponseEntity.status(e.status()).body(Problems.of(e.status(), e.code(), e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        String detail = "'" + e.getValue() + "' is not a valid " + e.getName();
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_PARAMETER, detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        if (Outages.isOutage(e)) {
            LOG.warn("Answering 503: a dependency is unreachable ({})", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS))
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database or broker right now. Try again shortly."));
        }
        LOG.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR, "An unexpected error occurred."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of("field", error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, "The request is not valid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        // A @Valid body validated with its method reports its own fields; a parameter is its own field.
                        "field", error instanceof FieldError field ? field.getField() : String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, "The request is not valid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** Every other MVC error keeps Spring's status and detail and gains a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        problem.setProperty("code", codeOf(e, status));
        if (e instanceof HttpMessageNotReadableException) {
            Optional<String> field = BodyFields.offending(e);
            problem.setDetail(field.map(name -> "Field '" + name + "' has the wrong type or format.")
                    .orElse("The request body is missing or is not valid JSON of the expected shape."));
            field.ifPresent(name -> problem.setProperty("errors", List.of(Map.of("field", name, "message", "wrong type or format"))));
        }
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    private static String codeOf(Exception e, HttpStatusCode status) {
        if (e instanceof HttpMessageNotReadableException) {
            return ProblemCodes.MALFORMED_REQUEST;
        }
        if (e instanceof MissingRequestHeaderException) {
            return ProblemCodes.MISSING_HEADER;
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return ProblemCodes.NOT_FOUND;
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return ProblemCodes.METHOD_NOT_ALLOWED;
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return ProblemCodes.UNSUPPORTED_MEDIA_TYPE;
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return ProblemCodes.NOT_ACCEPTABLE;
        }
        return status.is4xxClientError() ? ProblemCodes.MALFORMED_REQUEST : ProblemCodes.INTERNAL_ERROR;
    }
}
