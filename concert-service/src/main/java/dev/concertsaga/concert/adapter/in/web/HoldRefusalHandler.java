package dev.concertsaga.concert.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.concertsaga.concert.domain.HoldRefusal;
import dev.concertsaga.concert.domain.HoldRefusedException;
import dev.concertsaga.web.Problems;

/** Answers a refused hold with the refusal as its code. Ordered first, ahead of the shared handler's catch-all. */
@RestControllerAdvice(assignableTypes = ReservationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HoldRefusalHandler {

    @ExceptionHandler(HoldRefusedException.class)
    ResponseEntity<ProblemDetail> refused(HoldRefusedException e) {
        HttpStatus status = statusOf(e.refusal());
        return ResponseEntity.status(status).body(Problems.of(status, e.refusal().name(), e.getMessage()));
    }

    private static HttpStatus statusOf(HoldRefusal refusal) {
        return switch (refusal) {
            case QUEUE_TOKEN_NOT_ACTIVE -> HttpStatus.UNAUTHORIZED;
            case QUEUE_TOKEN_NOT_OWNED -> HttpStatus.FORBIDDEN;
            case SEAT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case SEAT_NOT_AVAILABLE -> HttpStatus.CONFLICT;
        };
    }
}
