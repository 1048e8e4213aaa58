package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.events.PaymentMethod;

/**
 * The body of {@code POST /api/v1/payments}. There is no amount: the price comes from the reservation. {@code method}
 * is POINTS when left out; CARD needs the provider's {@code cardToken}, and POINTS takes none.
 */
record NewPaymentBody(@Schema(example = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b") @NotNull UUID reservationId,
                      @Schema(example = "7") @NotNull @Positive Long userId,
                      @Schema(description = "How the payment is made; POINTS when left out.", example = "POINTS") PaymentMethod method,
                      @Schema(description = "The provider's card token, with method CARD only (test tokens: tok_ok, tok_declined, tok_slow, tok_timeout, tok_flaky).",
                              example = "tok_ok")
                      @Pattern(regexp = "[A-Za-z0-9_]{1,64}", message = "must be a card token such as tok_ok") String cardToken) {

    PaymentMethod methodOrDefault() {
        return PaymentMethod.orDefault(method);
    }

    @Schema(hidden = true)
    @AssertTrue(message = "a cardToken is required with method CARD and not allowed with POINTS")
    boolean isCardTokenGivenExactlyForCard() {
        return (methodOrDefault() == PaymentMethod.CARD) == (cardToken != null);
    }
}
