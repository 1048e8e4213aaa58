package dev.concertsaga.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import dev.concertsaga.testsupport.RealInfrastructure;
import dev.concertsaga.testsupport.TestClock;

/**
 * payment-service on real Kafka and PostgreSQL, with a clock tests can move. Every IT class carries this and no
 * other context configuration, so they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "saga.deadline-check-interval=200ms",
        "payment.outcome-poll-interval=100ms",
        "messaging.consumer.initial-back-off=50ms",
        "messaging.consumer.max-back-off=500ms"})
@AutoConfigureMockMvc
@RealInfrastructure(database = "payment_service")
@Import({TestClock.class, PaymentApi.class, PaymentRows.class, OtherServices.class})
public @interface PaymentIT {
}
