package dev.concertsaga.payment.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.concertsaga.payment.application.IdempotencyKeyReusedException;
import dev.concertsaga.payment.application.PaymentAlreadyActiveException;
import dev.concertsaga.payment.application.PaymentNotFoundException;
import dev.concertsaga.web.Problems;

/**
 * The payment API's own error codes. Ordered first because the shared handler answers every other exception
 * with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(PaymentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "PAYMENT_NOT_FOUND", e);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> alreadyActive(PaymentAlreadyActiveException e) {
        return problem(HttpStatus.CONFLICT, "PAYMENT_ALREADY_ACTIVE", e);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", e);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, RuntimeException e) {
        return ResponseEntity.status(status).body(Problems.of(status, code, e.getMessage()));
    }
}
