package dev.concertsaga.payment.adapter.in.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.payment.application.PaymentPage;

/** The answer of {@code GET /api/v1/payments}: a page, newest first, and the {@code before} of the next page or null. */
record PaymentList(List<PaymentDetails> payments,
                   @Schema(description = "The `before` of the next page; null on the last page.", example = "0193a5c1-7d2e-7c3a-9a51-2f4b8e6d1c20") UUID next) {

    static PaymentList of(PaymentPage page) {
        return new PaymentList(page.payments().stream().map(PaymentDetails::of).toList(), page.next());
    }
}
