package dev.concertsaga.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.concertsaga.psp.ProviderClient.Answer;

/** The simulator over real HTTP and a real PostgreSQL ledger: charges, refunds, idempotency keys, test cards. */
class PspSimulatorIT {

    static PspSimulator simulator;
    static ProviderClient provider;

    @BeforeAll
    static void start() {
        simulator = Simulators.start(0.5, Duration.ofMillis(500), Duration.ofSeconds(5));
        provider = new ProviderClient(simulator.uri());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    static String key() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void charges_a_good_card_and_keeps_the_charge() {
        Answer charged = provider.charge(key(), 80000, "tok_ok");

        assertThat(charged.status()).isEqualTo(201);
        assertThat(charged.field("status")).isEqualTo("SUCCEEDED");
        assertThat(charged.body().get("amount").asLong()).isEqualTo(80000);
        assertThat(provider.get("/v1/charges/" + charged.field("id")).body()).isEqualTo(charged.body());
    }

    @Test
    void declines_the_declined_card_and_records_the_decline() {
        String key = key();
        Answer declined = provider.charge(key, 80000, "tok_declined");

        assertThat(declined.status()).isEqualTo(201);
        assertThat(declined.field("status")).isEqualTo("DECLINED");
        assertThat(provider.get("/v1/charges?idempotencyKey=" + key).body().get("data").get(0).get("status").asString()).isEqualTo("DECLINED");
    }

    @Test
    void answers_the_same_charge_for_the_same_key_and_body() {
        String key = key();
        Answer first = provider.charge(key, 50000, "tok_ok");
        Answer again = provider.charge(key, 50000, "tok_ok");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.replayed()).isTrue();
        assertThat(again.field("id")).isEqualTo(first.field("id"));
        assertThat(provider.get("/v1/charges?idempotencyKey=" + key).body().get("data")).hasSize(1);
    }

    @Test
    void refuses_the_same_key_with_another_body_and_keeps_the_first_charge() {
        String key = key();
        Answer first = provider.charge(key, 50000, "tok_ok");

        Answer other = provider.charge(key, 60000, "tok_ok");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().at("/error/code").asString()).isEqualTo("idempotency_key_reused");
        assertThat(provider.get("/v1/charges/" + first.field("id")).body().get("amount").asLong()).isEqualTo(50000);
    }

    @Test
    void makes_one_charge_when_requests_with_one_key_race() throws Exception {
        String key = key();
        ExecutorService racers = Executors.newFixedThreadPool(10);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(racers.submit(() -> provider.charge(key, 70000, "tok_ok")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                ids.add(answer.get().field("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            racers.shutdownNow();
        }
    }

    @Test
    void commits_a_timeout_card_charge_before_the_client_gives_up_so_it_is_found_by_key() {
        String key = key();

        assertThatThrownBy(() -> provider.post("/v1/charges", key, "{\"amount\":80000,\"cardToken\":\"tok_timeout\"}", Duration.ofMillis(500)))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);

        Answer found = provider.get("/v1/charges?idempotencyKey=" + key);
        assertThat(found.body().get("data")).hasSize(1);
        assertThat(found.body().get("data").get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        Answer retried = provider.charge(key, 80000, "tok_timeout");
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.field("id")).isEqualTo(found.body().get("data").get(0).get("id").asString());
    }

    @Test
    void takes_the_slow_delay_for_a_slow_card() {
        long started = System.nanoTime();
        Answer charged = provider.charge(key(), 80000, "tok_slow");

        assertThat(charged.field("status")).isEqualTo("SUCCEEDED");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void answers_a_flaky_card_503_now_and_then_and_records_nothing_then() {
        int unavailable = 0;
        for (int i = 0; i < 30; i++) {
            String key = key();
            Answer answer = provider.charge(key, 1000, "tok_flaky");
            int recorded = provider.get("/v1/charges?idempotencyKey=" + key).body().get("data").size();
            if (answer.status() == 503) {
                unavailable++;
                assertThat(recorded).isZero();
            } else {
                assertThat(answer.status()).isEqualTo(201);
                assertThat(recorded).isOne();
            }
        }
        assertThat(unavailable).isBetween(1, 29);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\":1.5,\"cardToken\":\"tok_ok\"}", "{\"amount\":\"100\",\"cardToken\":\"tok_ok\"}",
            "{\"amount\":-1,\"cardToken\":\"tok_ok\"}", "{\"amount\":100}", "{\"amount\":100,\"cardToken\":\"tok_nope\"}", "not json", "[1]"})
    void refuses_a_bad_charge_request_with_400_and_records_nothing(String body) {
        String key = key();

        assertThat(provider.charge(key, body).status()).isEqualTo(400);
        assertThat(provider.get("/v1/charges?idempotencyKey=" + key).body().get("data")).isEmpty();
    }

    @Test
    void refuses_a_charge_without_an_idempotency_key() {
        Answer answer = provider.post("/v1/charges", null, "{\"amount\":100,\"cardToken\":\"tok_ok\"}", Duration.ofSeconds(5));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/error/message").asString()).contains("Idempotency-Key");
    }

    @Test
    void refunds_a_charge_once_per_key_and_never_more_than_it_took() {
        String chargeId = provider.charge(key(), 80000, "tok_ok").field("id");
        String refundKey = key();

        Answer refunded = provider.refund(chargeId, refundKey, "");
        Answer again = provider.refund(chargeId, refundKey, "");
        Answer more = provider.refund(chargeId, key(), "{\"amount\":1}");

        assertThat(refunded.status()).isEqualTo(201);
        assertThat(refunded.body().get("amount").asLong()).isEqualTo(80000);
        assertThat(again.replayed()).isTrue();
        assertThat(again.field("id")).isEqualTo(refunded.field("id"));
        assertThat(more.status()).isEqualTo(409);
        assertThat(provider.get("/v1/charges/" + chargeId).body().get("amountRefunded").asLong()).isEqualTo(80000);
    }

    @Test
    void refuses_a_refund_key_reused_with_another_body_and_a_refund_of_a_declined_charge() {
        String chargeId = provider.charge(key(), 80000, "tok_ok").field("id");
        String refundKey = key();
        provider.refund(chargeId, refundKey, "{\"amount\":1000}");

        assertThat(provider.refund(chargeId, refundKey, "{\"amount\":2000}").status()).isEqualTo(422);
        String declined = provider.charge(key(), 80000, "tok_declined").field("id");
        assertThat(provider.refund(declined, key(), "").status()).isEqualTo(409);
        assertThat(provider.refund("ch_missing", key(), "").status()).isEqualTo(404);
        assertThat(provider.get("/v1/charges/" + chargeId).body().get("amountRefunded").asLong()).isEqualTo(1000);
    }

    @Test
    void keeps_its_ledger_across_a_restart() {
        String key = key();
        String id;
        try (PspSimulator first = Simulators.start()) {
            id = new ProviderClient(first.uri()).charge(key, 80000, "tok_ok").field("id");
        }
        try (PspSimulator second = Simulators.start()) {
            assertThat(new ProviderClient(second.uri()).charge(key, 80000, "tok_ok").field("id")).isEqualTo(id);
        }
    }

    @Test
    void applies_the_latency_and_fault_rate_set_while_running() {
        try (PspSimulator faulty = Simulators.start()) {
            ProviderClient client = new ProviderClient(faulty.uri());
            assertThat(client.put("/admin/faults", "{\"latencyMs\":300,\"faultRate\":1}").status()).isEqualTo(200);

            long started = System.nanoTime();
            String key = key();
            assertThat(client.charge(key, 1000, "tok_ok").status()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

            faulty.faults().set(Duration.ZERO, 0);
            assertThat(client.charge(key, 1000, "tok_ok").status()).isEqualTo(201);
            assertThat(client.put("/admin/faults", "{\"faultRate\":2}").status()).isEqualTo(400);
        }
    }
}
