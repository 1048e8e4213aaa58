package dev.concertsaga.payment;

import static dev.concertsaga.payment.PaymentApi.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.events.Uuids;
import dev.concertsaga.payment.application.PaymentStore;
import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;

/** GET /api/v1/payments: newest first, filtered, paged by key; a bad parameter is a 400 that reads nothing. */
@PaymentIT
class PaymentListIT {

    private static final AtomicLong NEXT_USER = new AtomicLong(System.currentTimeMillis() * 1_000 + 500_000_000);

    @Autowired
    PaymentApi api;
    @Autowired
    PaymentStore payments;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void pages_through_a_users_payments_newest_first_each_page_linked_to_the_next_by_its_last_id() {
        long user = NEXT_USER.incrementAndGet();
        List<UUID> stored = Stream.generate(() -> stored(user, payment -> { }).id()).limit(5).toList();
        List<UUID> newestFirst = stored.stream().sorted(Comparator.reverseOrder()).toList();

        List<UUID> seen = new ArrayList<>();
        MvcTestResult first = api.list("userId=" + user + "&limit=2");
        seen.addAll(ids(first));
        MvcTestResult second = api.list("userId=" + user + "&limit=2&before=" + field(first, "$.next"));
        seen.addAll(ids(second));
        MvcTestResult last = api.list("userId=" + user + "&limit=2&before=" + field(second, "$.next"));
        seen.addAll(ids(last));

        assertThat(first).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(ids(first)).hasSize(2);
        assertThat((String) field(first, "$.next")).isEqualTo(newestFirst.get(1).toString());
        assertThat(ids(last)).hasSize(1);
        assertThat((Object) field(last, "$.next")).isNull();
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void a_page_that_ends_exactly_at_the_last_payment_has_no_next() {
        long user = NEXT_USER.incrementAndGet();
        stored(user, payment -> { });
        stored(user, payment -> { });

        MvcTestResult page = api.list("userId=" + user + "&limit=2");

        assertThat(ids(page)).hasSize(2);
        assertThat((Object) field(page, "$.next")).isNull();
    }

    @Test
    void filters_by_status_and_by_failed_step_and_shows_each_payment_as_its_own_get_does() {
        long user = NEXT_USER.incrementAndGet();
        Payment pending = stored(user, payment -> { });
        Payment noPoints = stored(user, payment -> {
            payment.reservationConfirmed(80_000, now());
            payment.cancel(FailedStep.POINTS, CancellationReason.INSUFFICIENT_POINTS, now());
        });
        Payment seatGone = stored(user, payment -> payment.cancel(FailedStep.RESERVATION, CancellationReason.RESERVATION_NOT_HELD, now()));
        Payment completed = stored(user, payment -> {
            payment.reservationConfirmed(80_000, now());
            payment.queueTokenExpired(now());
            payment.pointsDeducted(now());
        });

        assertThat(ids(api.list("userId=" + user + "&status=CANCELLED"))).containsExactlyElementsOf(newestFirst(noPoints, seatGone));
        assertThat(ids(api.list("userId=" + user + "&failedStep=POINTS"))).containsExactly(noPoints.id());
        assertThat(ids(api.list("userId=" + user + "&status=CANCELLED&failedStep=RESERVATION"))).containsExactly(seatGone.id());
        assertThat(ids(api.list("userId=" + user + "&status=COMPLETED"))).containsExactly(completed.id());
        assertThat(ids(api.list("userId=" + user + "&status=PENDING"))).containsExactly(pending.id());
        assertThat(ids(api.list("userId=" + user))).containsExactlyElementsOf(newestFirst(pending, noPoints, seatGone, completed));
        MvcTestResult listed = api.list("userId=" + user + "&failedStep=POINTS");
        MvcTestResult single = api.get(noPoints.id());
        assertThat((Object) field(listed, "$.payments[0]")).isEqualTo(field(single, "$"));
        assertThat((String) field(listed, "$.payments[0].failureReason")).isEqualTo("INSUFFICIENT_POINTS");
    }

    @Test
    void without_parameters_lists_the_newest_payments_twenty_at_most() {
        stored(NEXT_USER.incrementAndGet(), payment -> { });
        long total = jdbc.sql("SELECT count(*) FROM payment").query(Long.class).single();
        List<UUID> newest = jdbc.sql("SELECT id FROM payment ORDER BY id DESC LIMIT 20").query(UUID.class).list();

        MvcTestResult page = api.list("");

        assertThat(page).hasStatusOk();
        assertThat(ids(page)).containsExactlyElementsOf(newest);
        assertThat((Object) field(page, "$.next")).isEqualTo(total > 20 ? newest.get(19).toString() : null);
    }

    @ParameterizedTest
    @CsvSource({
            "status=DONE, INVALID_PARAMETER",
            "status=cancelled, INVALID_PARAMETER",
            "failedStep=NOWHERE, INVALID_PARAMETER",
            "userId=abc, INVALID_PARAMETER",
            "userId=1.5, INVALID_PARAMETER",
            "userId=0, VALIDATION_FAILED",
            "limit=0, VALIDATION_FAILED",
            "limit=101, VALIDATION_FAILED",
            "limit=ten, INVALID_PARAMETER",
            "before=not-a-uuid, INVALID_PARAMETER"})
    void a_bad_parameter_is_a_400_problem_naming_it(String query, String code) throws Exception {
        MvcTestResult result = api.list(query);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) field(result, "$.code")).isEqualTo(code);
        assertThat(result.getResponse().getContentAsString()).contains(query.split("=")[0]);
    }

    private List<UUID> ids(MvcTestResult result) {
        List<String> ids = field(result, "$.payments[*].paymentId");
        return ids.stream().map(UUID::fromString).toList();
    }

    private static List<UUID> newestFirst(Payment... listed) {
        return Stream.of(listed).map(Payment::id).sorted(Comparator.reverseOrder()).toList();
    }

    /** Adds a payment for the user, then changes it under its lock as the saga does. */
    private Payment stored(long user, Consumer<Payment> change) {
        PaymentRequest request = new PaymentRequest(UUID.randomUUID(), user, UUID.randomUUID(), "key-" + UUID.randomUUID());
        Payment payment = Payment.request(Uuids.timeOrdered(), request, now());
        assertThat(payments.add(payment)).isTrue();
        return new TransactionTemplate(transactionManager).execute(status -> {
            Payment locked = payments.lock(payment.id()).orElseThrow();
            change.accept(locked);
            payments.update(locked);
            return locked;
        });
    }

    /** The service's clock, which other tests move: a payment created now is never overdue for the saga's deadline. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
