package dev.concertsaga.user;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.concertsaga.testsupport.MutableClock;

/** Replaces the production clock: tests move time with {@link MutableClock#advance}, relative to now. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
