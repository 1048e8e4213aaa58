package dev.concertsaga.payment.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import dev.concertsaga.payment.application.PaymentOutcomes;
import dev.concertsaga.payment.application.VoidOverduePayments;

/**
 * The background jobs, at the intervals the properties give: the saga's deadline, the re-read that ends waits for
 * outcomes another instance decided, and the card worker's claim of due charges and refunds. Scheduler threads draw on the background connection pool.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration implements SchedulingConfigurer {

    private final VoidOverduePayments voidOverduePayments;
    private final PaymentOutcomes outcomes;
    private final SagaProperties saga;
    private final PaymentProperties payment;
    private final CardWorker cardWorker;
    private final CardProperties card;

    SchedulingConfiguration(VoidOverduePayments voidOverduePayments, PaymentOutcomes outcomes, SagaProperties saga, PaymentProperties payment,
                            CardWorker cardWorker, CardProperties card) {
        this.cardWorker = cardWorker;
        this.card = card;
        this.voidOverduePayments = voidOverduePayments;
        this.outcomes = outcomes;
        this.saga = saga;
        this.payment = payment;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(voidOverduePayments::voidAllOverdue, saga.deadlineCheckInterval());
        tasks.addFixedDelayTask(outcomes::checkForOutcomes, payment.outcomePollInterval());
        tasks.addFixedDelayTask(cardWorker::poll, card.pollInterval());
    }
}
