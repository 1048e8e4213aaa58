package dev.concertsaga.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.concertsaga.payment.SagaEvents.PRICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailedStep;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentCompleted;
import dev.concertsaga.events.PaymentMethod;
import dev.concertsaga.events.Topics;
import dev.concertsaga.payment.ProviderLedger.ProviderCharge;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.testsupport.TopicReader;

/**
 * CARD payments against the real provider over HTTP (DESIGN §12): charged in three stages on ReservationConfirmed,
 * declined, timed out with the charge made, refunded when a later step fails, the provider down past the deadline.
 * Every test ends with the provider's own ledger: money moved once, or netted to zero.
 */
@PaymentIT
class CardPaymentIT {

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

    @AfterEach
    void forgetFaults() {
        CardProviderForTests.passThrough();
    }

    @Test
    void completes_a_card_payment_once_the_reservation_is_confirmed_the_token_used_and_the_card_charged() {
        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            StartedPayment payment = api.start(NewPayment.byCard("tok_ok"));

            otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));
            otherServices.publish(SagaEvents.reservationConfirmedByCard(payment));
            rows.awaitStatus(payment.paymentId(), PaymentStatus.COMPLETED);

            ProviderCharge charge = provider.chargesOf(payment.paymentId()).get(0);
            assertThat(provider.chargesOf(payment.paymentId())).hasSize(1);
            assertThat(charge.amount()).isEqualTo(PRICE);
            assertThat(charge.status()).isEqualTo("SUCCEEDED");
            assertThat(rows.timeline(payment.paymentId())).containsSubsequence("ReservationConfirmed", "CardCharged", "PaymentCompleted");
            assertThat(rows.detailOf(payment.paymentId(), "CardCharged")).isEqualTo("charge " + charge.id() + ", amount " + PRICE);
            EventEnvelope<Event> completed = outcomeOf(payment, paymentEvents);
            assertThat(((PaymentCompleted) completed.data()).method()).isEqualTo(PaymentMethod.CARD);
            assertThat(provider.netOf(payment.paymentId())).isEqualTo(PRICE);
        }
    }

    @Test
    void cancels_a_declined_card_payment_at_step_card_and_moves_no_money() {
        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            StartedPayment payment = api.start(NewPayment.byCard("tok_declined"));

            otherServices.publish(SagaEvents.reservationConfirmedByCard(payment));
            rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);

            assertThat(api.get(payment.paymentId())).bodyJson().isLenientlyEqualTo("""
                    {"status":"CANCELLED","failureReason":"CARD_DECLINED","failedStep":"CARD","amount":%d}
                    """.formatted(PRICE));
            assertThat(outcomeOf(payment, paymentEvents).data()).isEqualTo(new PaymentCancelled(payment.paymentId(), payment.reservationId(),
                    payment.userId(), FailureReason.CARD_DECLINED, FailedStep.CARD));
            assertThat(rows.timeline(payment.paymentId())).containsSubsequence("ReservationConfirmed", "CardDeclined", "PaymentCancelled")
                    .doesNotContain("CardRefunded");
            assertThat(provider.netOf(payment.paymentId())).isZero();
        }
    }

    @Test
    void finds_a_charge_made_by_a_call_that_timed_out_by_its_key_and_completes_without_charging_twice() {
        StartedPayment payment = api.start(NewPayment.byCard("tok_timeout"));

        otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));
        otherServices.publish(SagaEvents.reservationConfirmedByCard(payment));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.COMPLETED);

        assertThat(rows.cardChargeCalls(payment.paymentId())).as("the first call timed out, a later one found the charge").isGreaterThan(1);
        assertThat(provider.chargesOf(payment.paymentId())).hasSize(1);
        assertThat(provider.netOf(payment.paymentId())).isEqualTo(PRICE);
    }

    @Test
    void settles_a_charge_whose_answer_was_lost_in_a_crash_as_the_same_charge() {
        StartedPayment payment = api.start(NewPayment.byCard("tok_ok"));
        String madeBeforeTheCrash = provider.chargeDirectly(payment.paymentId(), PRICE, "tok_ok");

        otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));
        otherServices.publish(SagaEvents.reservationConfirmedByCard(payment));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.COMPLETED);

        assertThat(provider.chargesOf(payment.paymentId())).extracting(ProviderCharge::id).containsExactly(madeBeforeTheCrash);
        assertThat(rows.detailOf(payment.paymentId(), "CardCharged")).contains(madeBeforeTheCrash);
    }

    @Test
    void completes_on_a_flaky_provider_with_one_charge() {
        StartedPayment payment = api.start(NewPayment.byCard("tok_flaky"));

        otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));
        otherServices.publish(SagaEvents.reservationConfirmedByCard(payment));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.COMPLETED);

        assertThat(provider.chargesOf(payment.paymentId())).hasSize(1);
        assertThat(provider.netOf(payment.paymentId())).isEqualTo(PRICE);
    }

    @Test
    void refunds_the_charge_when_a_later_step_fails() {
        StartedPayment payment = api.start(NewPayment.byCard("tok_ok"));
        otherServices.publish(SagaEvents.reservationConfirmedByCard(payment));
        rows.awaitOnTimeline(payment.paymentId(), "CardCharged");

        otherServices.publish(SagaEvents.queueTokenExpiryFailed(payment, FailureReason.TOKEN_NOT_ACTIVE));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);
        rows.awaitOnTimeline(payment.paymentId(), "CardRefunded");

        assertThat(rows.timeline(payment.paymentId())).containsSubsequence("CardCharged", "QueueTokenExpiryFailed", "PaymentCancelled", "CardRefunded");
        ProviderCharge charge = provider.chargesOf(payment.paymentId()).get(0);
        assertThat(charge.amountRefunded()).isEqualTo(PRICE);
        assertThat(rows.detailOf(payment.paymentId(), "CardRefunded")).startsWith("refund re_").contains("of charge " + charge.id());
        assertThat(provider.netOf(payment.paymentId())).isZero();
    }

    @Test
    void cancels_at_the_deadline_while_the_provider_is_down_and_refunds_the_charge_it_makes_later() {
        StartedPayment payment = api.start(NewPayment.byCard("tok_ok"));
        providerDownFor(payment.paymentId());
        otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));
        otherServices.publish(SagaEvents.reservationConfirmedByCard(payment));
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> rows.cardChargeCalls(payment.paymentId()) >= 2);

        clock.advance(Duration.ofSeconds(31));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);
        assertThat(api.get(payment.paymentId())).bodyJson().isLenientlyEqualTo("""
                {"status":"CANCELLED","failureReason":"TIMEOUT","failedStep":"DEADLINE"}
                """);
        assertThat(rows.cardCharge(payment.paymentId())).startsWith("PENDING");

        CardProviderForTests.passThrough();
        await().atMost(Duration.ofSeconds(20)).until(() -> !rows.cardCharge(payment.paymentId()).startsWith("PENDING"));
        rows.awaitOnTimeline(payment.paymentId(), "CardRefunded");
        await().atMost(Duration.ofSeconds(20)).until(() -> provider.netOf(payment.paymentId()) == 0);
        assertThat(rows.status(payment.paymentId())).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void charges_nothing_for_a_payment_cancelled_before_its_reservation_was_confirmed() {
        StartedPayment payment = api.start(NewPayment.byCard("tok_ok"));
        otherServices.publish(SagaEvents.queueTokenExpiryFailed(payment, FailureReason.NOT_TOKEN_OWNER));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);

        otherServices.publishAndAwait(SagaEvents.reservationConfirmedByCard(payment));

        assertThat(rows.cardCharge(payment.paymentId())).isNull();
        assertThat(provider.chargesOf(payment.paymentId())).isEmpty();
    }

    @Test
    void makes_one_payment_and_one_charge_for_a_request_sent_twice_with_one_key() {
        NewPayment request = NewPayment.byCard("tok_ok");
        StartedPayment payment = api.start(request);
        StartedPayment again = api.start(request);
        assertThat(again.paymentId()).isEqualTo(payment.paymentId());

        otherServices.publishAndAwait(SagaEvents.queueTokenExpired(payment));
        otherServices.publish(SagaEvents.reservationConfirmedByCard(payment));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.COMPLETED);
        api.start(request);

        assertThat(rows.withIdempotencyKey(request.idempotencyKey())).isOne();
        assertThat(provider.chargesOf(payment.paymentId())).hasSize(1);
        assertThat(api.request(request.withCardToken("tok_declined"))).hasStatus(422);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ",\"method\":\"CARD\"",
            ",\"method\":\"POINTS\",\"cardToken\":\"tok_ok\"",
            ",\"cardToken\":\"tok_ok\"",
            ",\"method\":\"BITCOIN\",\"cardToken\":\"tok_ok\"",
            ",\"method\":\"CARD\",\"cardToken\":\"tok ok; drop\"",
            ",\"method\":\"CARD\",\"cardToken\":123",
            ",\"method\":\"CARD\",\"cardToken\":\"\""})
    void refuses_a_bad_method_and_card_token_combination_with_400_and_writes_nothing(String methodFields) {
        NewPayment request = NewPayment.fresh();
        String body = "{\"reservationId\":\"" + request.reservationId() + "\",\"userId\":" + request.userId() + methodFields + "}";

        MvcTestResult answer = api.request(body, request, null);

        assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.code").isNotNull();
        assertThat(rows.withIdempotencyKey(request.idempotencyKey())).isZero();
    }

    /** Every call about this payment's charge is cut off: the provider is unreachable for it. */
    private static void providerDownFor(UUID paymentId) {
        String key = "charge-" + paymentId;
        CardProviderForTests.front().stubFor(any(anyUrl()).withHeader("Idempotency-Key", equalTo(key)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        CardProviderForTests.front().stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("idempotencyKey", equalTo(key)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static EventEnvelope<Event> outcomeOf(StartedPayment payment, TopicReader paymentEvents) {
        return paymentEvents.awaitEvents(e -> payment.paymentId().equals(e.sagaId()) && !e.type().equals("PaymentRequested"), 1).get(0);
    }
}
