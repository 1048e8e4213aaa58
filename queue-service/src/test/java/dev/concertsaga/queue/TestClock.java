package dev.concertsaga.queue;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.concertsaga.testsupport.MutableClock;

/** Replaces the service's clock, so that a test can move past a deadline without waiting for it. */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
