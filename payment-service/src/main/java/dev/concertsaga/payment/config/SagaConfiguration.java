package dev.concertsaga.payment.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.concertsaga.payment.application.CardRetries;
import dev.concertsaga.payment.application.ChargeCards;
import dev.concertsaga.payment.application.RefundCards;
import dev.concertsaga.payment.application.SagaDeadline;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SagaProperties.class, PaymentProperties.class, CardProperties.class})
class SagaConfiguration {

    @Bean
    SagaDeadline sagaDeadline(SagaProperties saga) {
        return new SagaDeadline(saga.timeout(), saga.deadlineBatchSize());
    }

    @Bean
    CardRetries cardRetries(CardProperties card) {
        return new CardRetries(card.lease(), card.initialBackOff(), card.maxBackOff(), card.batchSize());
    }

    @Bean
    CardWorker cardWorker(ChargeCards chargeCards, RefundCards refundCards, CardProperties card) {
        return new CardWorker(chargeCards, refundCards, card.concurrency());
    }
}
