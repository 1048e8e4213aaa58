package dev.concertsaga.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.payment.domain.PaymentStatus;

/** POST with {@code Prefer: wait=N}: the answer waits for the saga's outcome, at most N seconds, holding nothing. */
@PaymentIT
class PreferWaitIT {

    @Autowired
    PaymentApi api;
    @Autowired
    PaymentRows rows;
    @Autowired
    OtherServices otherServices;
    @Autowired
    DataSource dataSource;
    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int requestConnections;

    @Test
    void answers_200_with_the_final_state_when_the_saga_ends_within_the_wait() throws Exception {
        NewPayment request = NewPayment.fresh();
        CompletableFuture<Void> saga = CompletableFuture.runAsync(() -> completeOnceRequested(request));

        long started = System.nanoTime();
        MvcTestResult result = api.request(request, "wait=5");

        assertThat(elapsedSince(started)).isLessThan(Duration.ofSeconds(5));
        assertThat(result).hasStatusOk().hasHeader("Preference-Applied", "wait=5");
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"reservationId":"%s","userId":%d,"amount":%d,"status":"COMPLETED","failureReason":null,"failedStep":null}
                """.formatted(request.reservationId(), request.userId(), SagaEvents.PRICE));
        assertThat(result).bodyJson().extractingPath("$.completedAt").isNotNull();
        assertThat(result.getResponse().getHeader("Location")).startsWith("/api/v1/payments/");
        saga.get(10, TimeUnit.SECONDS);
    }

    @Test
    void answers_202_after_the_wait_when_the_saga_has_not_ended() {
        NewPayment request = NewPayment.fresh();

        long started = System.nanoTime();
        MvcTestResult result = api.request(request, "wait=1");

        assertThat(elapsedSince(started)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
        assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasHeader("Preference-Applied", "wait=1");
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"paymentId":"%s","reservationId":"%s","userId":%d,"status":"PENDING"}
                """.formatted(PaymentApi.<String>field(result, "$.paymentId"), request.reservationId(), request.userId()));
    }

    @Test
    void waits_at_most_ten_seconds_whatever_the_client_asks() throws Exception {
        NewPayment request = NewPayment.fresh();
        CompletableFuture<Void> saga = CompletableFuture.runAsync(() -> cancelOnceRequested(request));

        MvcTestResult result = api.request(request, "wait=99");

        assertThat(result).hasStatusOk().hasHeader("Preference-Applied", "wait=10");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("CANCELLED");
        saga.get(10, TimeUnit.SECONDS);
    }

    @Test
    void ignores_a_malformed_preference_and_answers_at_once() {
        MvcTestResult result = api.request(NewPayment.fresh(), "wait=soon");

        assertThat(result).hasStatus(HttpStatus.ACCEPTED).doesNotContainHeader("Preference-Applied");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
    }

    @Test
    void answers_a_retry_of_a_payment_that_has_ended_at_once_with_its_final_state() {
        NewPayment request = NewPayment.fresh();
        StartedPayment payment = api.start(request);
        otherServices.publish(SagaEvents.queueTokenExpiryFailed(payment, FailureReason.TOKEN_NOT_ACTIVE));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);

        long started = System.nanoTime();
        MvcTestResult result = api.request(request, "wait=10");

        assertThat(elapsedSince(started)).isLessThan(Duration.ofSeconds(5));
        assertThat(result).hasStatusOk().hasHeader("Preference-Applied", "wait=10");
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"paymentId":"%s","status":"CANCELLED","failureReason":"TOKEN_NOT_ACTIVE","failedStep":"QUEUE_TOKEN"}
                """.formatted(payment.paymentId()));
    }

    @Test
    void holds_no_database_connection_while_it_waits() throws Exception {
        NewPayment request = NewPayment.fresh();
        CompletableFuture<MvcTestResult> answer = CompletableFuture.supplyAsync(() -> api.request(request, "wait=3"));
        await().atMost(PaymentRows.PATIENCE).until(() -> rows.withIdempotencyKey(request.idempotencyKey()) == 1);

        List<Connection> everyRequestConnection = new ArrayList<>();
        try {
            for (int i = 0; i < requestConnections; i++) {
                everyRequestConnection.add(dataSource.getConnection());
            }
            assertThat(answer.get(10, TimeUnit.SECONDS)).hasStatus(HttpStatus.ACCEPTED).hasHeader("Preference-Applied", "wait=3");
        } finally {
            for (Connection connection : everyRequestConnection) {
                connection.close();
            }
        }
    }

    private void completeOnceRequested(NewPayment request) {
        StartedPayment payment = onceRequested(request);
        otherServices.publish(SagaEvents.reservationConfirmed(payment));
        otherServices.publish(SagaEvents.queueTokenExpired(payment));
        otherServices.publish(SagaEvents.pointsDeducted(payment));
    }

    private void cancelOnceRequested(NewPayment request) {
        otherServices.publish(SagaEvents.pointsDeductionFailed(onceRequested(request), FailureReason.INSUFFICIENT_POINTS));
    }

    /** The payment the request under test created, as soon as its transaction has committed. */
    private StartedPayment onceRequested(NewPayment request) {
        await().atMost(PaymentRows.PATIENCE).until(() -> rows.withIdempotencyKey(request.idempotencyKey()) == 1);
        return new StartedPayment(rows.idOf(request.idempotencyKey()), request);
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
