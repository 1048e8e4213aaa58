package dev.concertsaga.queue;

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
 * The service on real Kafka and PostgreSQL. Every IT class carries this, so all share one context, one database
 * and one clock. Their tests run one at a time (JUnit's default), which lets a test free the queue's few slots by
 * moving the clock (see {@link QueueFixture#emptyQueue()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "queue.max-active=5",
        // Smaller than max-active, so that filling the free slots takes an admission round more than one batch.
        "queue.batch-size=2",
        "queue.admission-interval=100ms",
        "queue.expiry-interval=100ms",
        "messaging.consumer.initial-back-off=50ms",
        "messaging.consumer.max-back-off=500ms"})
@AutoConfigureMockMvc
@RealInfrastructure(database = "queue_service")
@Import({TestClock.class, TokenClient.class, QueueFixture.class, PaymentTopic.class})
@interface QueueIT {
}
