package dev.concertsaga.events;

import static dev.concertsaga.events.Checks.positive;
import static dev.concertsaga.events.Checks.required;

import java.util.UUID;

/** A payment's amount could not be deducted (not enough points, unknown user). */
public record PointsDeductionFailed(long userId, UUID paymentId, FailureReason reason) implements PointEvent {

    public PointsDeductionFailed {
        positive(userId, "userId");
        required(paymentId, "paymentId");
        required(reason, "reason");
    }

    @Override
    public UUID sagaId() {
        return paymentId;
    }
}
