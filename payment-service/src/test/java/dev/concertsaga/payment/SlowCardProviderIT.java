package dev.concertsaga.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import com.zaxxer.hikari.HikariDataSource;

import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.testsupport.MutableClock;

/**
 * A provider that answers in 5 s, longer than the call's timeout, cannot hurt the rest (issue 11, item 4): POINTS
 * payments and GETs keep their latency while every card call slot is taken, the API's connection pool never has a
 * waiter, and the CARD payments end by their deadline, CANCELLED with their charges refunded once the provider is back.
 */
@PaymentIT
class SlowCardProviderIT {

    private static final int CARD_PAYMENTS = 12;

    @Autowired
    PaymentApi api;
    @Autowired
    PaymentRows rows;
    @Autowired
    OtherServices otherServices;
    @Autowired
    ProviderLedger provider;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void providerBackToNormal() {
        CardProviderForTests.simulator().faults().set(Duration.ZERO, 0);
    }

    @Test
    void keeps_points_payments_and_reads_fast_while_card_calls_hang_and_ends_card_payments_by_the_deadline() throws Exception {
        List<Long> idleGets = timeGets(api.start(NewPayment.fresh()), 30);
        CardProviderForTests.simulator().faults().set(Duration.ofSeconds(5), 0);
        List<StartedPayment> cards = new ArrayList<>();
        for (int i = 0; i < CARD_PAYMENTS; i++) {
            StartedPayment card = api.start(NewPayment.byCard("tok_ok"));
            otherServices.publish(SagaEvents.queueTokenExpired(card));
            otherServices.publish(SagaEvents.reservationConfirmedByCard(card));
            cards.add(card);
        }
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> rows.cardChargeCalls(cards.get(CARD_PAYMENTS - 1).paymentId()) >= 1);

        HikariDataSource apiPool = dataSource.unwrap(HikariDataSource.class);
        AtomicInteger mostInUse = new AtomicInteger();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> sampleInUse(apiPool, mostInUse, sampling));
        sampler.start();
        List<Long> slowGets = new ArrayList<>();
        List<Long> pointsPayments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            StartedPayment points = api.start(NewPayment.fresh());
            otherServices.publish(SagaEvents.reservationConfirmed(points));
            otherServices.publish(SagaEvents.queueTokenExpired(points));
            otherServices.publish(SagaEvents.pointsDeducted(points));
            rows.awaitStatus(points.paymentId(), PaymentStatus.COMPLETED);
            pointsPayments.add(millisSince(started));
            slowGets.addAll(timeGets(points, 10));
        }
        sampling.set(false);
        sampler.join();

        System.out.printf("slow provider: GET p99 idle %d ms, with card calls hanging %d ms; POINTS payments %s ms; API connections in use at most %d%n",
                p99(idleGets), p99(slowGets), pointsPayments, mostInUse.get());
        assertThat(cards).allMatch(card -> rows.status(card.paymentId()) == PaymentStatus.PENDING);
        assertThat(mostInUse.get()).as("API connections in use at most; at the pool's size a request would wait")
                .isLessThan(apiPool.getMaximumPoolSize());
        assertThat(p99(slowGets)).isLessThan(Math.max(250, 5 * p99(idleGets)));
        assertThat(pointsPayments).allMatch(millis -> millis < 5_000);

        clock.advance(Duration.ofSeconds(31));
        cards.forEach(card -> rows.awaitStatus(card.paymentId(), PaymentStatus.CANCELLED));
        CardProviderForTests.simulator().faults().set(Duration.ZERO, 0);
        cards.forEach(card -> await().atMost(Duration.ofSeconds(30)).until(() -> provider.netOf(card.paymentId()) == 0
                && !rows.cardCharge(card.paymentId()).startsWith("PENDING")));
    }

    private List<Long> timeGets(StartedPayment payment, int count) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            assertThat(api.get(payment.paymentId())).hasStatus(HttpStatus.OK);
            millis.add(millisSince(started));
        }
        return millis;
    }

    /** The API pool is the request threads' (and this test thread's): card calls never draw on it. */
    private static void sampleInUse(HikariDataSource apiPool, AtomicInteger mostInUse, AtomicBoolean sampling) {
        while (sampling.get()) {
            mostInUse.accumulateAndGet(apiPool.getHikariPoolMXBean().getActiveConnections(), Math::max);
            Thread.onSpinWait();
        }
    }

    private static long p99(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
