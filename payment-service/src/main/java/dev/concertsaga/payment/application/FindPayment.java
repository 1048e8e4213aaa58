package dev.concertsaga.payment.application;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.payment.domain.Payment;

/** Reads a payment's current state, which is what a client polls while the saga runs. */
@Service
public class FindPayment {

    private final PaymentStore payments;

    FindPayment(PaymentStore payments) {
        this.payments = payments;
    }

    @Transactional(readOnly = true)
    public Payment byId(UUID paymentId) {
        return payments.findById(paymentId).orElseThrow(() -> new PaymentNotFoundException(paymentId));
    }
}
