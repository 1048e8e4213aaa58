package dev.concertsaga.payment.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what payment-service saw of a payment's saga, in order: the first thing to look at when a saga goes wrong. */
@Service
public class ReadTimeline {

    private final PaymentTimeline timeline;

    ReadTimeline(PaymentTimeline timeline) {
        this.timeline = timeline;
    }

    /** Every payment's timeline starts with its PaymentRequested, so an empty one means an unknown payment. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(UUID paymentId) {
        List<TimelineEntry> entries = timeline.entriesOf(paymentId);
        if (entries.isEmpty()) {
            throw new PaymentNotFoundException(paymentId);
        }
        return entries;
    }
}
