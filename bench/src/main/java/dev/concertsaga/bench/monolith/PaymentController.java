package dev.concertsaga.bench.monolith;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.concertsaga.web.ApiException;

/**
 * payment-service's API, answered by one transaction: 200 with the COMPLETED payment, or a problem+json error and
 * nothing written. {@code Prefer: wait} needs no handling: the answer is always final.
 */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    private static final Pattern UUID_TEXT = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final PayForReservation pay;

    PaymentController(PayForReservation pay) {
        this.pay = pay;
    }

    @PostMapping
    ResponseEntity<PaymentView> request(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                        @RequestHeader(name = "Queue-Token", required = false) String queueToken,
                                        @Valid @RequestBody NewPaymentBody body) {
        PaymentView payment = pay.pay(body.reservationId(), body.userId(), token(queueToken), key(idempotencyKey));
        return ResponseEntity.ok().location(URI.create("/api/v1/payments/" + payment.paymentId())).body(payment);
    }

    @GetMapping("/{paymentId}")
    PaymentView get(@PathVariable UUID paymentId) {
        return pay.find(paymentId).orElseThrow(() -> ApiException.notFound("PAYMENT_NOT_FOUND", "No payment " + paymentId + "."));
    }

    private static String key(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.badRequest("IDEMPOTENCY_KEY_MISSING", "Header Idempotency-Key is required.");
        }
        if (header.length() > 255) {
            throw ApiException.badRequest("IDEMPOTENCY_KEY_INVALID", "Header Idempotency-Key must be at most 255 characters long.");
        }
        return header;
    }

    private static UUID token(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.unauthorized("QUEUE_TOKEN_MISSING", "Header Queue-Token is required: the active token from the waiting queue.");
        }
        if (!UUID_TEXT.matcher(header.trim()).matches()) {
            throw ApiException.unauthorized("QUEUE_TOKEN_INVALID", "Header Queue-Token is not a queue token.");
        }
        return UUID.fromString(header.trim());
    }
}
