package dev.concertsaga.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a problem an endpoint answers with: its status and the stable {@code code}s it may carry. The OpenAPI
 * document shows it as an {@code application/problem+json} response whose schema lists exactly those codes. The
 * problems every endpoint shares (400 for a malformed request, 503 for an outage) are added without it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProblemResponses.class)
public @interface ProblemResponse {

    int status();

    String[] codes();

    /** When the endpoint answers so, in words a client developer can act on. */
    String description();
}
