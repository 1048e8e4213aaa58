package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.concertsaga.events.FailedStep;
import dev.concertsaga.payment.application.ListPayments;
import dev.concertsaga.payment.application.PaymentFilter;
import dev.concertsaga.payment.domain.PaymentStatus;

/** The list the saga explorer pages through. A parameter of the wrong type or out of range is a 400 before any read. */
@RestController
class PaymentListController {

    private final ListPayments listPayments;

    PaymentListController(ListPayments listPayments) {
        this.listPayments = listPayments;
    }

    /** Payments newest first, filtered; {@code before} is the previous page's {@code next}. */
    @GetMapping("/api/v1/payments")
    PaymentList list(@RequestParam(required = false) PaymentStatus status,
                     @RequestParam(required = false) FailedStep failedStep,
                     @RequestParam(required = false) @Positive Long userId,
                     @RequestParam(required = false) @Min(1) @Max(ListPayments.MAX_LIMIT) Integer limit,
                     @RequestParam(required = false) UUID before) {
        PaymentFilter filter = new PaymentFilter(status, failedStep, userId);
        return PaymentList.of(listPayments.page(filter, before, limit == null ? ListPayments.DEFAULT_LIMIT : limit));
    }
}
