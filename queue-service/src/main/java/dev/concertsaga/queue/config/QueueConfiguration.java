package dev.concertsaga.queue.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import dev.concertsaga.queue.domain.AdmissionPolicy;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(QueueProperties.class)
class QueueConfiguration {

    @Bean
    AdmissionPolicy admissionPolicy(QueueProperties properties) {
        return new AdmissionPolicy(properties.maxActive(), properties.activeTtl());
    }
}
