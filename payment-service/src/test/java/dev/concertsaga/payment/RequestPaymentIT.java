package dev.concertsaga.payment;

import static dev.concertsaga.payment.PaymentApi.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TopicReader;

/** POST and GET /api/v1/payments: the happy path, and every way a request is refused without writing anything. */
@PaymentIT
class RequestPaymentIT {

    @Autowired
    PaymentApi api;
    @Autowired
    PaymentRows rows;
    @Autowired
    Clock clock;

    @Test
    void accepts_a_payment_request_and_publishes_payment_requested() {
        NewPayment request = NewPayment.fresh();
        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            MvcTestResult result = api.request(request);

            assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
            UUID paymentId = UUID.fromString(field(result, "$.paymentId"));
            assertThat(result).hasHeader("Location", "/api/v1/payments/" + paymentId);
            assertThat(result).bodyJson().isStrictlyEqualTo("""
                    {"paymentId":"%s","reservationId":"%s","userId":%d,"status":"PENDING"}
                    """.formatted(paymentId, request.reservationId(), request.userId()));

            EventEnvelope<Event> published = paymentEvents.awaitEvents(e -> paymentId.equals(e.sagaId()), 1).get(0);
            assertThat(published.type()).isEqualTo("PaymentRequested");
            assertThat(published.data()).isEqualTo(new PaymentRequested(paymentId, request.reservationId(), request.userId(),
                    UUID.fromString(request.queueToken())));
            List<ConsumerRecord<String, byte[]>> records = paymentEvents.records(r -> paymentId.toString().equals(r.key()));
            assertThat(records).hasSize(1);
        }
    }

    @Test
    void shows_a_pending_payment_with_nulls_for_what_the_saga_has_not_decided_yet() {
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        StartedPayment payment = api.start(NewPayment.fresh());
        Instant after = clock.instant();

        MvcTestResult result = api.get(payment.paymentId());

        assertThat(result).hasStatusOk();
        Instant createdAt = Instant.parse(field(result, "$.createdAt"));
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"paymentId":"%s","reservationId":"%s","userId":%d,"amount":null,"status":"PENDING",
                 "failureReason":null,"failedStep":null,"createdAt":"%s","completedAt":null}
                """.formatted(payment.paymentId(), payment.reservationId(), payment.userId(), createdAt));
        assertThat(createdAt).isBetween(before, after);
    }

    @Test
    void answers_an_unknown_payment_with_404() {
        assertProblem(api.get(UUID.randomUUID()), HttpStatus.NOT_FOUND, "PAYMENT_NOT_FOUND");
        assertProblem(api.timeline(UUID.randomUUID()), HttpStatus.NOT_FOUND, "PAYMENT_NOT_FOUND");
    }

    @Test
    void answers_a_malformed_payment_id_with_400() {
        assertProblem(api.get("not-a-uuid"), HttpStatus.BAD_REQUEST, "INVALID_PARAMETER");
        assertProblem(api.timeline("not-a-uuid"), HttpStatus.BAD_REQUEST, "INVALID_PARAMETER");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"userId\":7}",
            "{\"reservationId\":\"%s\"}",
            "{\"reservationId\":\"%s\",\"userId\":0}",
            "{\"reservationId\":\"%s\",\"userId\":-7}",
            "{\"reservationId\":null,\"userId\":7}"})
    void refuses_an_invalid_body_and_writes_nothing(String body) {
        NewPayment request = NewPayment.fresh();

        assertProblem(api.request(body.formatted(request.reservationId()), request, null), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");

        assertNothingWritten(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"reservationId\":\"not-a-uuid\",\"userId\":7}", "{\"reservationId\":\"%s\",\"userId\":\"seven\"}"})
    void refuses_a_body_that_is_not_the_expected_json_and_writes_nothing(String body) {
        NewPayment request = NewPayment.fresh();

        assertProblem(api.request(body.formatted(request.reservationId()), request, null), HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");

        assertNothingWritten(request);
    }

    @Test
    void refuses_a_request_without_an_idempotency_key_and_writes_nothing() {
        NewPayment missing = NewPayment.fresh().withIdempotencyKey(null);
        NewPayment blank = NewPayment.fresh().withIdempotencyKey("  ");

        assertProblem(api.request(missing), HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_MISSING");
        assertProblem(api.request(blank), HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_MISSING");

        assertThat(rows.forReservation(missing.reservationId())).isZero();
        assertNothingWritten(blank);
    }

    @Test
    void refuses_an_idempotency_key_longer_than_255_characters_and_writes_nothing() {
        NewPayment request = NewPayment.fresh().withIdempotencyKey("k".repeat(256));

        assertProblem(api.request(request), HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID");

        assertNothingWritten(request);
    }

    @Test
    void takes_an_idempotency_key_of_255_characters() {
        NewPayment request = NewPayment.fresh().withIdempotencyKey("k" + UUID.randomUUID() + "k".repeat(218));

        assertThat(api.request(request)).hasStatus(HttpStatus.ACCEPTED);
        assertThat(rows.withIdempotencyKey(request.idempotencyKey())).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refuses_a_request_without_a_queue_token_and_writes_nothing(String blank) {
        NewPayment missing = NewPayment.fresh().withQueueToken(null);
        NewPayment empty = NewPayment.fresh().withQueueToken(blank);

        assertProblem(api.request(missing), HttpStatus.UNAUTHORIZED, "QUEUE_TOKEN_MISSING");
        assertProblem(api.request(empty), HttpStatus.UNAUTHORIZED, "QUEUE_TOKEN_MISSING");

        assertNothingWritten(missing);
        assertNothingWritten(empty);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-token", "1-2-3-4-5", "0193a5c2-7d3e-7a10-9a4b-1c2d3e4f5a6", "0193a5c2-7d3e-7a10-9a4b-1c2d3e4f5a6bb"})
    void refuses_a_queue_token_that_is_not_a_uuid_and_writes_nothing(String token) {
        NewPayment request = NewPayment.fresh().withQueueToken(token);

        assertProblem(api.request(request), HttpStatus.UNAUTHORIZED, "QUEUE_TOKEN_INVALID");

        assertNothingWritten(request);
    }

    private void assertNothingWritten(NewPayment request) {
        assertThat(rows.forReservation(request.reservationId())).isZero();
        if (request.idempotencyKey() != null) {
            assertThat(rows.withIdempotencyKey(request.idempotencyKey())).isZero();
        }
    }

    static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
    }
}
