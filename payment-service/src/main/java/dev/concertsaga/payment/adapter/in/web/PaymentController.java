package dev.concertsaga.payment.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import dev.concertsaga.payment.application.FindPayment;
import dev.concertsaga.payment.application.PaymentOutcomes;
import dev.concertsaga.payment.application.RequestPayment;
import dev.concertsaga.payment.application.WireTerms;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;
import dev.concertsaga.web.ProblemResponse;

/**
 * The payment API front-end apps use. Not transactional: each use case commits on its own, so a request that waits
 * for the saga ({@code Prefer: wait=N}) holds no connection, no transaction and no servlet thread while it waits.
 */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    static final String PREFERENCE_APPLIED = "Preference-Applied";

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
    @Operation(summary = "Pay for a held reservation", description = """
            Starts the payment saga for the reservation and answers at once with 202 and the PENDING payment; poll its \
            `Location` until the status is COMPLETED or CANCELLED. With `Prefer: wait=N` the answer waits up to N seconds \
            (at most 10) for the saga to end, and is 200 with the final state if it did. The price is the seat's: the \
            client never sends an amount. The same `Idempotency-Key` with the same body returns the same payment.""")
    @ApiResponse(responseCode = "200", description = "The saga ended within the `Prefer: wait`: the payment's final state.",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The payment's URL.", schema = @Schema(type = "string", format = "uri-reference")),
                    @Header(name = PREFERENCE_APPLIED, description = "The wait the server applied, e.g. `wait=10`.", schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PaymentDetails.class)))
    @ApiResponse(responseCode = "202", description = "The saga runs (or still runs after the wait): poll `Location` for the outcome.",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The payment's URL, to poll.", schema = @Schema(type = "string", format = "uri-reference")),
                    @Header(name = PREFERENCE_APPLIED, description = "Present when `Prefer: wait` was honoured.", schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PaymentAccepted.class)))
    @ProblemResponse(status = 400, codes = {"IDEMPOTENCY_KEY_MISSING", "IDEMPOTENCY_KEY_INVALID"},
            description = "The `Idempotency-Key` header is missing, blank or longer than 255 characters.")
    @ProblemResponse(status = 401, codes = {"QUEUE_TOKEN_MISSING", "QUEUE_TOKEN_INVALID"},
            description = "The `Queue-Token` header is missing or is not a token. Whether it is active is the saga's step: a payment with an inactive token is CANCELLED at QUEUE_TOKEN.")
    @ProblemResponse(status = 409, codes = "PAYMENT_ALREADY_ACTIVE",
            description = "The reservation already has a payment that is PENDING or COMPLETED; nothing was written.")
    @ProblemResponse(status = 422, codes = "IDEMPOTENCY_KEY_REUSED",
            description = "The `Idempotency-Key` was used before for a different body; nothing was written.")
    CompletableFuture<ResponseEntity<Object>> request(
            @Parameter(in = ParameterIn.HEADER, required = true, example = "3f0c7a7e-0b8e-4f55-a2c4-6d1f2b9d8e01",
                    description = "One key per payment attempt (1 to 255 characters), sent again unchanged on a retry of that attempt.")
            @RequestHeader(name = PaymentHeaders.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Parameter(in = ParameterIn.HEADER, required = true, example = "0193a5c1-7d2e-7c3a-9a51-2f4b8e6d1c20",
                    description = "The payer's ACTIVE queue token (a UUID), from queue-service.")
            @RequestHeader(name = PaymentHeaders.QUEUE_TOKEN, required = false) String queueToken,
            @Parameter(in = ParameterIn.HEADER, example = "wait=10", schema = @Schema(type = "string", pattern = "^wait=\\d+$"),
                    description = "RFC 7240 `wait=N`: wait up to N seconds (at most 10; more is taken as 10) for the saga to end.")
            @RequestHeader(name = "Prefer", required = false) List<String> prefer,
            @Valid @RequestBody NewPaymentBody body) {
        String key = PaymentHeaders.idempotencyKey(idempotencyKey);
        UUID token = PaymentHeaders.queueToken(queueToken);
        Payment payment = requestPayment.request(new PaymentRequest(body.reservationId(), body.userId(), token, key,
                WireTerms.fromWire(body.methodOrDefault()), body.cardToken()));
        Optional<PreferWait> wait = PreferWait.parse(prefer);
        if (wait.isEmpty()) {
            return CompletableFuture.completedFuture(answer(payment, Optional.empty(), wait));
        }
        return outcomes.await(payment, wait.get().duration()).thenApply(decided -> answer(payment, decided, wait));
    }

    /** The payment's current state. */
    @GetMapping("/{paymentId}")
    @Operation(summary = "Get a payment", description = "The payment's current state: what a client polls while the saga runs.")
    @ProblemResponse(status = 404, codes = "PAYMENT_NOT_FOUND", description = "There is no payment with this id.")
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
