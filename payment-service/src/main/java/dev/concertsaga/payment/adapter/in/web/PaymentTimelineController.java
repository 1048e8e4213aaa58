package dev.concertsaga.payment.adapter.in.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.concertsaga.payment.application.ReadTimeline;

@RestController
class PaymentTimelineController {

    private final ReadTimeline readTimeline;

    PaymentTimelineController(ReadTimeline readTimeline) {
        this.readTimeline = readTimeline;
    }

    /** The saga's events in the order payment-service saw them, with when each happened and when it was recorded. */
    @GetMapping("/api/v1/payments/{paymentId}/timeline")
    List<TimelineEntryBody> timeline(@PathVariable UUID paymentId) {
        return readTimeline.of(paymentId).stream().map(TimelineEntryBody::of).toList();
    }
}
