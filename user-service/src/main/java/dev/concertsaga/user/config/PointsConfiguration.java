package dev.concertsaga.user.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.concertsaga.user.domain.BalanceLimit;

/** Hands the configured limit to the use cases as a domain value, so they never read configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PointsProperties.class)
class PointsConfiguration {

    @Bean
    BalanceLimit balanceLimit(PointsProperties properties) {
        return new BalanceLimit(properties.maxBalance());
    }
}
