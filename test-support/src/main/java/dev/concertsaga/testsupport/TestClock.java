package dev.concertsaga.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Replaces a service's clock, so that a test can move past a deadline, a hold or an expiry without waiting for it:
 * import this and inject {@link MutableClock} to {@link MutableClock#advance advance} it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
