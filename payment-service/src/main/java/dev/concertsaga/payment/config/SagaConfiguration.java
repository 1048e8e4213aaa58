package dev.concertsaga.payment.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.concertsaga.payment.application.SagaDeadline;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SagaProperties.class, PaymentProperties.class})
class SagaConfiguration {

    @Bean
    SagaDeadline sagaDeadline(SagaProperties saga) {
        return new SagaDeadline(saga.timeout(), saga.deadlineBatchSize());
    }
}
