package dev.concertsaga.payment.adapter.out.metrics;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.concertsaga.payment.application.SagaMetrics;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentState;
import dev.concertsaga.payment.domain.PaymentStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The saga's meters: {@code saga.started}, {@code saga.completed}, {@code saga.cancelled} by {@code failed_step} and
 * {@code reason}, and {@code saga.duration} (request to decision, by {@code outcome}) as a histogram. Counted after
 * the commit, so a rolled-back decision counts nothing.
 */
@Component
class MicrometerSagaMetrics implements SagaMetrics {

    private final MeterRegistry meters;
    private final Counter started;
    private final Counter completed;

    MicrometerSagaMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.started = Counter.builder("saga.started").description("Payments requested").register(meters);
        this.completed = Counter.builder("saga.completed").description("Payments completed").register(meters);
    }

    @Override
    public void started(Payment payment) {
        afterCommit(started::increment);
    }

    @Override
    public void decided(Payment payment) {
        PaymentState state = payment.state();
        boolean isCompleted = state.status() == PaymentStatus.COMPLETED;
        Duration took = Duration.between(payment.createdAt(), isCompleted ? state.completedAt() : state.cancelledAt());
        afterCommit(() -> {
            if (isCompleted) {
                completed.increment();
            } else {
                Counter.builder("saga.cancelled").description("Payments cancelled, by the step that failed and why")
                        .tag("failed_step", state.failedStep().name()).tag("reason", state.cancellationReason().name())
                        .register(meters).increment();
            }
            Timer.builder("saga.duration").description("From a payment's request to its decision")
                    .tag("outcome", state.status().name())
                    .publishPercentileHistogram()
                    .register(meters).record(took);
        });
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
