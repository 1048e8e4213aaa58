package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;
import java.util.regex.Pattern;

import dev.concertsaga.payment.domain.PaymentRequest;
import dev.concertsaga.web.ApiException;

/** Reads the request headers a payment needs, refusing the request before anything is written. */
final class PaymentHeaders {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String QUEUE_TOKEN = "Queue-Token";

    /** The canonical form only: {@link UUID#fromString} would also take "1-2-3-4-5". */
    private static final Pattern UUID_TEXT = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private PaymentHeaders() {
    }

    static String idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.badRequest("IDEMPOTENCY_KEY_MISSING",
                    "Header Idempotency-Key is required: one key per payment attempt, sent again unchanged on a retry.");
        }
        if (header.length() > PaymentRequest.MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw ApiException.badRequest("IDEMPOTENCY_KEY_INVALID",
                    "Header Idempotency-Key must be at most " + PaymentRequest.MAX_IDEMPOTENCY_KEY_LENGTH + " characters long.");
        }
        return header;
    }

    /** Only its form is checked here: whether the token is active and the user's is queue-service's step of the saga. */
    static UUID queueToken(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.unauthorized("QUEUE_TOKEN_MISSING", "Header Queue-Token is required: the active token from the waiting queue.");
        }
        if (!UUID_TEXT.matcher(header.trim()).matches()) {
            throw ApiException.unauthorized("QUEUE_TOKEN_INVALID", "Header Queue-Token is not a queue token.");
        }
        return UUID.fromString(header.trim());
    }
}
