package dev.concertsaga.payment.adapter.in.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import dev.concertsaga.payment.application.ReadTimeline;
import dev.concertsaga.web.ProblemResponse;

@RestController
class PaymentTimelineController {

    private final ReadTimeline readTimeline;

    PaymentTimelineController(ReadTimeline readTimeline) {
        this.readTimeline = readTimeline;
    }

    /** The saga's events in the order payment-service saw them, with when each happened and when it was recorded. */
    @GetMapping("/api/v1/payments/{paymentId}/timeline")
    @Operation(summary = "Get a payment's saga timeline", description = """
            Every saga event payment-service published or consumed for the payment, in the order it recorded them, late \
            ones and compensations included: when the producer made the change (`occurredAt`) and when payment-service \
            saw it (`recordedAt`).""")
    @ProblemResponse(status = 404, codes = "PAYMENT_NOT_FOUND", description = "There is no payment with this id.")
    List<TimelineEntryBody> timeline(@PathVariable UUID paymentId) {
        return readTimeline.of(paymentId).stream().map(TimelineEntryBody::of).toList();
    }
}
