package dev.concertsaga.payment.adapter.in.web;

import java.util.List;
import java.util.UUID;

import dev.concertsaga.payment.application.PaymentPage;

/** The answer of {@code GET /api/v1/payments}: a page, newest first, and the {@code before} of the next page or null. */
record PaymentList(List<PaymentDetails> payments, UUID next) {

    static PaymentList of(PaymentPage page) {
        return new PaymentList(page.payments().stream().map(PaymentDetails::of).toList(), page.next());
    }
}
