package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Many customers at once, half of whom cannot afford their seat: every saga ends, and ends right. */
class ConcurrentCustomersSystemIT extends SagaScenario {

    private static final int CUSTOMERS = 40;
    private static final int AT_ONCE = 10;
    private static final long PRICE = 50_000;

    @Test
    void completes_every_affordable_payment_and_compensates_every_other_while_many_run_at_once() throws Exception {
        ExecutorService customers = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<JsonNode>> outcomes = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            long points = i % 2 == 0 ? PRICE : PRICE - 1;
            String name = "Customer " + i;
            outcomes.add(customers.submit(() -> buyASeat(name, points)));
        }
        List<JsonNode> payments = new ArrayList<>();
        for (Future<JsonNode> outcome : outcomes) {
            payments.add(outcome.get());
        }
        customers.shutdown();

        assertThat(payments).extracting(p -> p.get("status").asString()).containsOnly("COMPLETED", "CANCELLED");
        assertThat(payments).filteredOn(p -> p.get("status").asString().equals("COMPLETED")).hasSize(CUSTOMERS / 2)
                .allSatisfy(p -> assertThat(p.get("amount").asLong()).isEqualTo(PRICE));
        assertThat(payments).filteredOn(p -> p.get("status").asString().equals("CANCELLED")).hasSize(CUSTOMERS / 2)
                .allSatisfy(p -> assertThat(p.get("failureReason").asString()).isEqualTo("INSUFFICIENT_POINTS"));
    }

    private JsonNode buyASeat(String name, long points) {
        Customer customer = Customer.register(system, name, points);
        Customer.Token token = customer.takeActiveToken();
        Http.Response payment = customer.pay(customer.reserve(token, PRICE), token);
        return payment.status() == 200 ? payment.body() : customer.awaitOutcome(UUID.fromString(payment.body().get("paymentId").asString()));
    }
}
