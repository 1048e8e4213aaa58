package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import dev.concertsaga.events.PaymentMethod;

/**
 * The body of {@code POST /api/v1/payments}. There is no amount: the price comes from the reservation. {@code method}
 * is POINTS when left out; CARD needs the provider's {@code cardToken}, and POINTS takes none.
 */
record NewPaymentBody(@NotNull UUID reservationId, @NotNull @Positive Long userId, PaymentMethod method,
                      @Pattern(regexp = "[A-Za-z0-9_]{1,64}", message = "must be a card token such as tok_ok") String cardToken) {

    PaymentMethod methodOrDefault() {
        return method == null ? PaymentMethod.POINTS : method;
    }

    @AssertTrue(message = "a cardToken is required with method CARD and not allowed with POINTS")
    boolean isCardTokenGivenExactlyForCard() {
        return (methodOrDefault() == PaymentMethod.CARD) == (cardToken != null);
    }
}
