package dev.concertsaga.payment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.concertsaga.testsupport.MutableClock;

/** Replaces the production clock, so a test can move past the saga's deadline without waiting for it. */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
