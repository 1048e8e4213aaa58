package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.concertsaga.events.Topics;

/** Rule 5: at most one payment per reservation completes, and a losing payment never undoes the winner's steps. */
class ConcurrentPaymentsSystemIT extends SagaScenario {

    @Test
    void lets_exactly_one_of_several_simultaneous_payments_for_a_reservation_through() throws Exception {
        Customer nina = Customer.register(system, "Nina", 500_000);
        Customer.Token token = nina.takeActiveToken();
        Customer.Reservation seat = nina.reserve(token, 120_000);

        List<Http.Response> answers = raceToPay(nina, seat, token, 8);

        assertThat(answers).extracting(Http.Response::status).containsOnly(202, 409).filteredOn(status -> status == 202).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409).extracting(a -> a.body().get("code").asString())
                .containsOnly("PAYMENT_ALREADY_ACTIVE");
        UUID winner = answers.stream().filter(a -> a.status() == 202).map(a -> UUID.fromString(a.body().get("paymentId").asString())).findFirst().orElseThrow();
        assertThat(nina.awaitOutcome(winner).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(system.count("payment-service", "SELECT count(*) FROM payment WHERE reservation_id = '" + seat.id() + "'")).isEqualTo(1);
        assertThat(nina.balance()).isEqualTo(380_000);
    }

    @Test
    void a_timed_out_payment_that_reaches_the_concert_step_late_never_undoes_the_payment_that_wins() {
        Customer omar = Customer.register(system, "Omar", 500_000);
        Customer.Token token = omar.takeActiveToken();
        Customer.Reservation seat = omar.reserve(token, 50_000);
        List<UUID> payments = new ArrayList<>();

        system.concert.pauseConsumption(Topics.PAYMENT_EVENTS);
        try {
            payments.add(omar.requestPayment(seat, token));
            system.clock.advance(SagaSystem.SAGA_TIMEOUT.plusSeconds(1));
            FailedStepSystemIT.assertCancelled(omar.awaitOutcome(payments.get(0)), "DEADLINE", "TIMEOUT");
            await().until(() -> omar.token(token.value()).get("status").asString().equals("ACTIVE"));
            // The stale payment's request still waits at concert-service; a second payment races it there.
            payments.add(omar.requestPayment(seat, token));
        } finally {
            system.concert.resumeConsumption(Topics.PAYMENT_EVENTS);
        }
        while (payments.stream().noneMatch(id -> omar.awaitOutcome(id).get("status").asString().equals("COMPLETED"))) {
            assertThat(payments).as("payments until one completes").hasSizeLessThan(4);
            system.awaitQuiet();
            payments.add(omar.requestPayment(seat, token));
        }
        system.awaitQuiet();

        List<UUID> completed = payments.stream().filter(id -> omar.payment(id).get("status").asString().equals("COMPLETED")).toList();
        assertThat(completed).hasSize(1);
        assertThat(payments).filteredOn(id -> !completed.contains(id))
                .allSatisfy(id -> assertThat(omar.payment(id).get("status").asString()).isEqualTo("CANCELLED"));
        UUID winner = completed.get(0);
        assertThat(system.count("concert-service", "SELECT count(*) FROM reservation WHERE id = '" + seat.id()
                + "' AND status = 'CONFIRMED' AND confirmed_by_payment = '" + winner + "'")).isEqualTo(1);
        assertThat(system.count("queue-service", "SELECT count(*) FROM queue_token WHERE token = '" + token.value()
                + "' AND expired_by_payment = '" + winner + "'")).isEqualTo(1);
        assertThat(omar.balance()).isEqualTo(450_000);
    }

    private static List<Http.Response> raceToPay(Customer customer, Customer.Reservation seat, Customer.Token token, int payers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(payers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < payers; i++) {
            Callable<Http.Response> pay = () -> {
                start.await();
                return Http.post(SagaSystem.shared().payment.baseUrl() + "/api/v1/payments", Map.of("reservationId", seat.id(), "userId", customer.userId),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Queue-Token", token.value().toString()));
            };
            answers.add(pool.submit(pay));
        }
        start.countDown();
        List<Http.Response> results = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            results.add(answer.get());
        }
        pool.shutdown();
        return results;
    }
}
