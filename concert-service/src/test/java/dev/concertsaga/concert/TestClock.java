package dev.concertsaga.concert;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.concertsaga.testsupport.MutableClock;

/** Replaces the service's clock, so a test can let a hold run out without waiting for it. */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
