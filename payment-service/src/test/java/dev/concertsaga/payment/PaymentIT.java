package dev.concertsaga.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import dev.concertsaga.testsupport.RealInfrastructure;
import dev.concertsaga.testsupport.TestClock;

/**
 * payment-service on real Kafka and PostgreSQL and a real card provider over HTTP, with a clock tests can move. Every IT class carries this and no
 * other context configuration, so they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "saga.deadline-check-interval=200ms",
        "payment.outcome-poll-interval=100ms",
        "messaging.consumer.initial-back-off=50ms",
        "messaging.consumer.max-back-off=500ms",
        "card.connect-timeout=500ms",
        "card.read-timeout=1s",
        "card.poll-interval=50ms",
        "card.initial-back-off=100ms",
        "card.max-back-off=500ms"})
@ContextConfiguration(initializers = CardProviderForTests.class)
@AutoConfigureMockMvc
@RealInfrastructure(database = "payment_service")
@Import({TestClock.class, PaymentApi.class, PaymentRows.class, OtherServices.class, ProviderLedger.class})
public @interface PaymentIT {
}
