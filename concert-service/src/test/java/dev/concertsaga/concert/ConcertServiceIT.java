package dev.concertsaga.concert;

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
 * concert-service on real Kafka and PostgreSQL, with a clock tests can move. Every IT class carries exactly this, so
 * they all share one context; settings for tests belong here, never on a single class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "reservation.expiry-interval=100ms")
@AutoConfigureMockMvc
@RealInfrastructure(database = "concert_service")
@Import({TestClock.class, TestCatalog.class, TestEvents.class, TestHolds.class})
@interface ConcertServiceIT {
}
