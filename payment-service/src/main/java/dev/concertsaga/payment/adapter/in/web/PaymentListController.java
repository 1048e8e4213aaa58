package dev.concertsaga.payment.adapter.in.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.events.FailedStep;
import dev.concertsaga.payment.application.ListPayments;
import dev.concertsaga.payment.application.PaymentFilter;
import dev.concertsaga.payment.application.WireTerms;
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
    @Operation(summary = "List payments", description = """
            Payments newest first by `paymentId` (a time-ordered UUID), filtered by any of status, failed step and user. \
            Page by key: pass the answer's `next` as `before` for the next page; `next` is null on the last page.""")
    PaymentList list(@Parameter(description = "Only payments in this status.") @RequestParam(required = false) PaymentStatus status,
                     @Parameter(description = "Only cancelled payments that failed at this step.") @RequestParam(required = false) FailedStep failedStep,
                     @Parameter(description = "Only this user's payments.", example = "7") @RequestParam(required = false) @Positive Long userId,
                     @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
                     @RequestParam(required = false) @Min(1) @Max(ListPayments.MAX_LIMIT) Integer limit,
                     @Parameter(description = "The previous page's `next`: only payments older than this one.")
                     @RequestParam(required = false) UUID before) {
        PaymentFilter filter = new PaymentFilter(status, failedStep == null ? null : WireTerms.fromWire(failedStep), userId);
        return PaymentList.of(listPayments.page(filter, before, limit == null ? ListPayments.DEFAULT_LIMIT : limit));
    }
}
