package dev.concertsaga.payment;

import static dev.concertsaga.payment.PaymentApi.field;
import static dev.concertsaga.payment.RequestPaymentIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.FailureReason;
import dev.concertsaga.events.PaymentCancelled;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Topics;
import dev.concertsaga.payment.domain.PaymentStatus;
import dev.concertsaga.testsupport.TopicReader;

/** Idempotency keys and the one-active-payment-per-reservation rule, also when requests race. */
@PaymentIT
class IdempotencyIT {

    static final int RACERS = 10;

    @Autowired
    PaymentApi api;
    @Autowired
    PaymentRows rows;
    @Autowired
    OtherServices otherServices;

    @Test
    void answers_a_retry_with_the_same_key_and_body_with_the_same_payment_and_publishes_once() {
        NewPayment request = NewPayment.fresh();
        try (TopicReader paymentEvents = TopicReader.fromNow(Topics.PAYMENT_EVENTS)) {
            StartedPayment first = api.start(request);
            MvcTestResult retry = api.request(request);

            assertThat(retry).hasStatus(HttpStatus.ACCEPTED).hasHeader("Location", "/api/v1/payments/" + first.paymentId());
            assertThat(retry).bodyJson().extractingPath("$.paymentId").isEqualTo(first.paymentId().toString());
            assertThat(rows.withIdempotencyKey(request.idempotencyKey())).isOne();
            assertThat(publishedBeforeItsCancellation(paymentEvents, first)).filteredOn(e -> e.data() instanceof PaymentRequested).hasSize(1);
        }
    }

    @Test
    void answers_a_retry_with_the_payment_as_it_is_now() {
        NewPayment request = NewPayment.fresh();
        StartedPayment payment = api.start(request);
        otherServices.publish(SagaEvents.reservationConfirmationFailed(payment, FailureReason.RESERVATION_EXPIRED));
        rows.awaitStatus(payment.paymentId(), PaymentStatus.CANCELLED);

        MvcTestResult retry = api.request(request);

        assertThat(retry).hasStatus(HttpStatus.ACCEPTED);
        assertThat(retry).bodyJson().extractingPath("$.status").isEqualTo("CANCELLED");
    }

    @Test
    void refuses_the_same_key_with_another_body_and_writes_nothing() {
        NewPayment request = NewPayment.fresh();
        StartedPayment payment = api.start(request);
        NewPayment otherReservation = request.withReservation(UUID.randomUUID());
        NewPayment otherUser = request.withUser(request.userId() + 1);

        assertProblem(api.request(otherReservation), HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED");
        assertProblem(api.request(otherUser), HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED");

        assertThat(rows.forReservation(otherReservation.reservationId())).isZero();
        assertThat(rows.withIdempotencyKey(request.idempotencyKey())).isOne();
        assertThat(rows.timeline(payment.paymentId())).containsExactly("PaymentRequested");
    }

    @Test
    void makes_one_payment_of_the_same_request_sent_ten_times_at_once() throws Exception {
        NewPayment request = NewPayment.fresh();

        List<MvcTestResult> answers = race(n -> request);

        assertThat(answers).allSatisfy(answer -> assertThat(answer).hasStatus(HttpStatus.ACCEPTED));
        assertThat(answers).extracting(answer -> (String) field(answer, "$.paymentId")).containsOnly((String) field(answers.get(0), "$.paymentId"));
        assertThat(rows.withIdempotencyKey(request.idempotencyKey())).isOne();
        assertThat(rows.timeline(UUID.fromString(field(answers.get(0), "$.paymentId")))).containsExactly("PaymentRequested");
    }

    @Test
    void accepts_exactly_one_of_ten_payments_for_one_reservation_sent_at_once() throws Exception {
        NewPayment request = NewPayment.fresh();

        List<MvcTestResult> answers = race(n -> request.withIdempotencyKey(request.idempotencyKey() + "-" + n));

        assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 202).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 409).hasSize(RACERS - 1)
                .allSatisfy(answer -> assertProblem(answer, HttpStatus.CONFLICT, "PAYMENT_ALREADY_ACTIVE"));
        assertThat(rows.forReservation(request.reservationId())).isOne();
    }

    @Test
    void refuses_a_second_payment_for_a_reservation_while_the_first_is_pending_or_completed() {
        StartedPayment pending = api.start(NewPayment.fresh());
        NewPayment secondWhilePending = pending.request().withIdempotencyKey("key-" + UUID.randomUUID());

        assertProblem(api.request(secondWhilePending), HttpStatus.CONFLICT, "PAYMENT_ALREADY_ACTIVE");

        otherServices.publish(SagaEvents.reservationConfirmed(pending));
        otherServices.publish(SagaEvents.queueTokenExpired(pending));
        otherServices.publish(SagaEvents.pointsDeducted(pending));
        rows.awaitStatus(pending.paymentId(), PaymentStatus.COMPLETED);
        NewPayment secondWhenCompleted = pending.request().withIdempotencyKey("key-" + UUID.randomUUID());

        assertProblem(api.request(secondWhenCompleted), HttpStatus.CONFLICT, "PAYMENT_ALREADY_ACTIVE");
        assertThat(rows.forReservation(pending.reservationId())).isOne();
        assertThat(rows.withIdempotencyKey(secondWhilePending.idempotencyKey())).isZero();
    }

    @Test
    void accepts_a_new_payment_for_a_reservation_once_the_previous_one_is_cancelled() {
        StartedPayment cancelled = api.start(NewPayment.fresh());
        otherServices.publish(SagaEvents.pointsDeductionFailed(cancelled, FailureReason.INSUFFICIENT_POINTS));
        rows.awaitStatus(cancelled.paymentId(), PaymentStatus.CANCELLED);

        StartedPayment next = api.start(cancelled.request().withIdempotencyKey("key-" + UUID.randomUUID()));

        assertThat(next.paymentId()).isNotEqualTo(cancelled.paymentId());
        assertThat(rows.status(next.paymentId())).isEqualTo(PaymentStatus.PENDING);
        assertThat(rows.status(cancelled.paymentId())).isEqualTo(PaymentStatus.CANCELLED);
    }

    /** Sends {@link #RACERS} requests as close to the same moment as threads allow. */
    private List<MvcTestResult> race(IntFunction<NewPayment> requests) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcTestResult>> answers = IntStream.range(0, RACERS)
                    .mapToObj(n -> clients.submit(() -> {
                        start.await();
                        return api.request(requests.apply(n));
                    }))
                    .toList();
            start.countDown();
            return answers.stream().map(IdempotencyIT::join).toList();
        } finally {
            clients.shutdown();
        }
    }

    /**
     * Everything published for the payment up to its cancellation. Events of one key arrive in the order they were
     * committed, so once PaymentCancelled is read, no event written before it can still be on its way.
     */
    private List<EventEnvelope<Event>> publishedBeforeItsCancellation(TopicReader paymentEvents, StartedPayment payment) {
        otherServices.publish(SagaEvents.reservationConfirmationFailed(payment, FailureReason.RESERVATION_NOT_HELD));
        paymentEvents.awaitEvents(e -> e.data() instanceof PaymentCancelled && payment.paymentId().equals(e.sagaId()), 1);
        return paymentEvents.events(e -> payment.paymentId().equals(e.sagaId()));
    }

    private static MvcTestResult join(Future<MvcTestResult> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
