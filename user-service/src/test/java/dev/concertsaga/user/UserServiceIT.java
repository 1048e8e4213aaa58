package dev.concertsaga.user;

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
 * user-service on real Kafka and PostgreSQL, with a clock tests can move. Every IT class carries this and nothing
 * else that shapes the context, so they all share one. The small balance limit lets a test reach it in two charges.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "points.max-balance=" + UserServiceIT.MAX_BALANCE,
        "messaging.consumer.initial-back-off=50ms",
        "messaging.consumer.max-back-off=500ms"})
@AutoConfigureMockMvc
@RealInfrastructure(database = "user_service")
@Import({TestClock.class, TestUsers.class, SagaEvents.class})
public @interface UserServiceIT {

    long MAX_BALANCE = 20_000_000L;
}
