package dev.concertsaga.payment.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.concertsaga.payment.application.FindPayment;
import dev.concertsaga.payment.application.PaymentOutcomes;
import dev.concertsaga.payment.application.RequestPayment;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;

/**
 * The payment API front-end apps use. Not transactional: each use case commits on its own, so a request that waits
 * for the saga ({@code Prefer: wait=N}) holds no connection, no transaction and no servlet thread while it waits.
 */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    private static final String PREFERENCE_APPLIED = "Preference-Applied";

    private final RequestPayment requestPayment;
    private final FindPayment findPayment;
    private final PaymentOutcomes outcomes;

    PaymentController(RequestPayment requestPayment, FindPayment findPayment, PaymentOutcomes outcomes) {
        this.requestPayment = requestPayment;
        this.findPayment = findPayment;
        this.outcomes = outcomes;
    }

    /** Starts the payment saga: 202 with the PENDING payment, or 200 with its final state if it ended within the wait. */
    @PostMapping
    CompletableFuture<ResponseEntity<Object>> request(
            @RequestHeader(name = PaymentHeaders.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestHeader(name = PaymentHeaders.QUEUE_TOKEN, required = false) String queueToken,
            @RequestHeader(name = "Prefer", required = false) List<String> prefer,
            @Valid @RequestBody NewPaymentBody body) {
        String key = PaymentHeaders.idempotencyKey(idempotencyKey);
        UUID token = PaymentHeaders.queueToken(queueToken);
        Payment payment = requestPayment.request(new PaymentRequest(body.reservationId(), body.userId(), token, key,
                body.methodOrDefault(), body.cardToken()));
        Optional<PreferWait> wait = PreferWait.parse(prefer);
        if (wait.isEmpty()) {
            return CompletableFuture.completedFuture(answer(payment, Optional.empty(), wait));
        }
        return outcomes.await(payment, wait.get().duration()).thenApply(decided -> answer(payment, decided, wait));
    }

    /** The payment's current state. */
    @GetMapping("/{paymentId}")
    PaymentDetails get(@PathVariable UUID paymentId) {
        return PaymentDetails.of(findPayment.byId(paymentId));
    }

    /** The final state if the saga has ended, else the accepted payment; the Location is where to poll either way. */
    private static ResponseEntity<Object> answer(Payment requested, Optional<Payment> decided, Optional<PreferWait> wait) {
        ResponseEntity.BodyBuilder response = decided.isPresent() ? ResponseEntity.ok() : ResponseEntity.status(HttpStatus.ACCEPTED);
        response.location(URI.create("/api/v1/payments/" + requested.id()));
        wait.ifPresent(applied -> response.header(PREFERENCE_APPLIED, applied.applied()));
        return response.body(decided.<Object>map(PaymentDetails::of).orElseGet(() -> PaymentAccepted.of(requested)));
    }
}
