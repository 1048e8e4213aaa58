package dev.concertsaga.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.Payment;

/**
 * The saga's deadline (DESIGN rule 6): a payment still PENDING after the timeout is cancelled with reason
 * TIMEOUT at step DEADLINE, and the usual compensations follow. Works in small batches, each its own short
 * transaction, and skips payments another instance or a saga event is deciding right now.
 */
@Service
public class VoidOverduePayments {

    private final PaymentStore payments;
    private final PaymentSaga saga;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final SagaDeadline deadline;

    VoidOverduePayments(PaymentStore payments, PaymentSaga saga, Clock clock, PlatformTransactionManager transactionManager,
                        SagaDeadline deadline) {
        this.payments = payments;
        this.saga = saga;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.deadline = deadline;
    }

    /** Cancels every overdue payment; returns how many. */
    public int voidAllOverdue() {
        int total = 0;
        int batch;
        do {
            batch = transactions.execute(status -> voidNextBatch());
            total += batch;
        } while (batch == deadline.batchSize());
        return total;
    }

    private int voidNextBatch() {
        Instant now = clock.instant();
        List<Payment> overdue = payments.lockPendingSince(now.minus(deadline.timeout()), deadline.batchSize());
        overdue.forEach(payment -> saga.save(payment, payment.cancel(FailedStep.DEADLINE, CancellationReason.TIMEOUT, now)));
        return overdue.size();
    }
}
