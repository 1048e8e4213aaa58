package dev.concertsaga.user.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.concertsaga.user.domain.BalanceLimitExceededException;
import dev.concertsaga.user.domain.UserNotFoundException;
import dev.concertsaga.web.Problems;

/** The domain's refusals as problems with a stable code; ahead of the shared handler, which would call them a 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UserProblems {

    private static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    private static final String BALANCE_LIMIT_EXCEEDED = "BALANCE_LIMIT_EXCEEDED";

    @ExceptionHandler(UserNotFoundException.class)
    ResponseEntity<ProblemDetail> userNotFound(UserNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, USER_NOT_FOUND, e);
    }

    @ExceptionHandler(BalanceLimitExceededException.class)
    ResponseEntity<ProblemDetail> balanceLimitExceeded(BalanceLimitExceededException e) {
        return problem(HttpStatus.CONFLICT, BALANCE_LIMIT_EXCEEDED, e);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, RuntimeException e) {
        return ResponseEntity.status(status).body(Problems.of(status, code, e.getMessage()));
    }
}
