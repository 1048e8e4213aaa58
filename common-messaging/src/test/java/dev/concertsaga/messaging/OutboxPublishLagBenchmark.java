package dev.concertsaga.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.messaging.testapp.MessagingTestApplication;
import dev.concertsaga.testsupport.RealInfrastructure;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Measures outbox publish lag, from a row's insert in a committed transaction to the broker's acknowledgement, with
 * the relay's default settings. Not part of the suite (the name does not end in IT); run it with
 * {@code ./mvnw -B -pl common-messaging -am verify -Dit.test=OutboxPublishLagBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dtest=none}.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "messaging.relay.auto-startup=false")
@RealInfrastructure(database = "messaging_benchmark")
class OutboxPublishLagBenchmark {

    @Autowired
    DataSource dataSource;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MessagingProperties properties;

    @Test
    void measure() throws Exception {
        phase("warm-up, one event at a time", 300, 1);
        phase("one event at a time (each commit waits for the previous ack)", 1_000, 1);
        phase("4 writers committing as fast as they can", 5_000, 4);
    }

    private void phase(String name, int events, int writers) throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxStore store = new OutboxStore(dataSource);
        OutboxRelay relay = new OutboxRelay(store, kafka, properties.relay(), meters, MessageTracing.off());
        Outbox outbox = new Outbox(store, relay, new EventJson(), Clock.systemUTC(), MessageTracing.off());
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        Timer lag = meters.get("outbox.publish.lag").timer();
        long firstUser = TestUsers.reserve(writers);
        relay.start();
        long started = System.nanoTime();
        try {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long user = firstUser + w;
                done.add(pool.submit(() -> {
                    for (int n = 1; n <= events / writers; n++) {
                        long published = (long) lag.count();
                        transaction.executeWithoutResult(status -> outbox.add(new PointsCharged(user, 1, 1)));
                        if (writers == 1) {
                            await().pollInterval(Duration.ofMillis(1)).until(() -> lag.count() > published);
                        }
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            pool.shutdown();
            await().atMost(Duration.ofMinutes(2)).until(() -> lag.count() >= events);
        } finally {
            relay.stop();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n[outbox publish lag] %s: %d events in %.1f s (%.0f/s)%n", name, events, seconds, events / seconds);
        for (ValueAtPercentile p : lag.takeSnapshot().percentileValues()) {
            System.out.printf("  p%.0f = %.1f ms%n", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS));
        }
        System.out.printf("  max = %.1f ms%n", lag.max(TimeUnit.MILLISECONDS));
    }
}
