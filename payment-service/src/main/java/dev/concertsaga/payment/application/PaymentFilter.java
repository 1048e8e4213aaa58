package dev.concertsaga.payment.application;

import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.PaymentStatus;

/** Which payments a list asks for; a null field does not filter. */
public record PaymentFilter(PaymentStatus status, FailedStep failedStep, Long userId) {

    public static PaymentFilter none() {
        return new PaymentFilter(null, null, null);
    }
}
