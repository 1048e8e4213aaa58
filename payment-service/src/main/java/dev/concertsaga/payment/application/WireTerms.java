package dev.concertsaga.payment.application;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.PaymentMethod;

/**
 * The domain's words for what the saga's events and the REST API say, both ways. Each mapping is a switch without a
 * default, so a constant added on either side does not compile until it is mapped.
 */
public final class WireTerms {

    private WireTerms() {
    }

    public static dev.concertsaga.events.FailedStep toWire(FailedStep step) {
        return switch (step) {
            case RESERVATION -> dev.concertsaga.events.FailedStep.RESERVATION;
            case QUEUE_TOKEN -> dev.concertsaga.events.FailedStep.QUEUE_TOKEN;
            case POINTS -> dev.concertsaga.events.FailedStep.POINTS;
            case CARD -> dev.concertsaga.events.FailedStep.CARD;
            case DEADLINE -> dev.concertsaga.events.FailedStep.DEADLINE;
        };
    }

    public static FailedStep fromWire(dev.concertsaga.events.FailedStep step) {
        return switch (step) {
            case RESERVATION -> FailedStep.RESERVATION;
            case QUEUE_TOKEN -> FailedStep.QUEUE_TOKEN;
            case POINTS -> FailedStep.POINTS;
            case CARD -> FailedStep.CARD;
            case DEADLINE -> FailedStep.DEADLINE;
        };
    }

    public static FailureReason toWire(CancellationReason reason) {
        return switch (reason) {
            case INSUFFICIENT_POINTS -> FailureReason.INSUFFICIENT_POINTS;
            case RESERVATION_EXPIRED -> FailureReason.RESERVATION_EXPIRED;
            case RESERVATION_NOT_HELD -> FailureReason.RESERVATION_NOT_HELD;
            case NOT_RESERVATION_OWNER -> FailureReason.NOT_RESERVATION_OWNER;
            case TOKEN_NOT_ACTIVE -> FailureReason.TOKEN_NOT_ACTIVE;
            case NOT_TOKEN_OWNER -> FailureReason.NOT_TOKEN_OWNER;
            case USER_NOT_FOUND -> FailureReason.USER_NOT_FOUND;
            case CARD_DECLINED -> FailureReason.CARD_DECLINED;
            case TIMEOUT -> FailureReason.TIMEOUT;
        };
    }

    public static CancellationReason fromWire(FailureReason reason) {
        return switch (reason) {
            case INSUFFICIENT_POINTS -> CancellationReason.INSUFFICIENT_POINTS;
            case RESERVATION_EXPIRED -> CancellationReason.RESERVATION_EXPIRED;
            case RESERVATION_NOT_HELD -> CancellationReason.RESERVATION_NOT_HELD;
            case NOT_RESERVATION_OWNER -> CancellationReason.NOT_RESERVATION_OWNER;
            case TOKEN_NOT_ACTIVE -> CancellationReason.TOKEN_NOT_ACTIVE;
            case NOT_TOKEN_OWNER -> CancellationReason.NOT_TOKEN_OWNER;
            case USER_NOT_FOUND -> CancellationReason.USER_NOT_FOUND;
            case CARD_DECLINED -> CancellationReason.CARD_DECLINED;
            case TIMEOUT -> CancellationReason.TIMEOUT;
        };
    }

    public static dev.concertsaga.events.PaymentMethod toWire(PaymentMethod method) {
        return switch (method) {
            case POINTS -> dev.concertsaga.events.PaymentMethod.POINTS;
            case CARD -> dev.concertsaga.events.PaymentMethod.CARD;
        };
    }

    public static PaymentMethod fromWire(dev.concertsaga.events.PaymentMethod method) {
        return switch (method) {
            case POINTS -> PaymentMethod.POINTS;
            case CARD -> PaymentMethod.CARD;
        };
    }
}
