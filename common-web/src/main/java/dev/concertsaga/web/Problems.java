package dev.concertsaga.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem bodies of this API: RFC 9457 fields plus the stable {@code code}. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }
}
