package dev.concertsaga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.concertsaga.systemtests.RecordedSpans.RecordedSpan;

/** One payment is one trace (DESIGN §9): from its POST through the outbox and Kafka to every service, compensations included. */
class TracingSystemIT extends SagaScenario {

    private static final List<String> SERVICES = List.of("payment-service", "queue-service", "concert-service", "user-service");

    @Test
    void traces_a_completed_payment_as_one_trace_whose_parent_chain_crosses_all_four_services() {
        Customer alice = Customer.register(system, "Tracy", 200_000);
        Customer.Token token = alice.takeActiveToken();
        String paymentId = alice.pay(alice.reserve(token, 80_000), token).body().get("paymentId").asString();
        system.awaitQuiet();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<RecordedSpan> trace = traceOf(paymentId);
            assertOneTreeUnderThePost(trace);
            assertThat(timelineTraceIds(paymentId)).as("every timeline entry names the payment's trace")
                    .hasSize(5).containsOnly(trace.get(0).traceId());
            assertThat(names(trace)).contains("ConfirmReservation", "UseQueueToken", "DeductPoints", "CompletePayment",
                    "send PaymentRequested", "send ReservationConfirmed", "send QueueTokenExpired", "send PointsDeducted",
                    "send PaymentCompleted");
            assertThat(servicesFromRoot(trace, "send PointsDeducted", "user-service"))
                    .containsExactly("payment-service", "concert-service", "user-service");
            assertThat(servicesFromRoot(trace, "UseQueueToken", "queue-service")).containsExactly("payment-service", "queue-service");
            assertThat(servicesFromRoot(trace, "send PaymentCompleted", "payment-service"))
                    .as("decided by the last step's event, whichever service sent it")
                    .hasSizeGreaterThanOrEqualTo(3).startsWith("payment-service").endsWith("payment-service");
        });
    }

    @Test
    void keeps_the_compensations_of_a_cancelled_payment_in_its_trace_below_the_failed_step() {
        Customer bob = Customer.register(system, "Trevor", 10_000);
        Customer.Token token = bob.takeActiveToken();
        String paymentId = bob.pay(bob.reserve(token, 80_000), token).body().get("paymentId").asString();
        system.awaitQuiet();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<RecordedSpan> trace = traceOf(paymentId);
            assertOneTreeUnderThePost(trace);
            assertThat(names(trace)).contains("DeductPoints", "VoidPayment", "send PaymentCancelled",
                    "RestoreReservation", "RevertQueueToken", "RefundPoints", "RecordCompensation");
            assertThat(servicesFromRoot(trace, "RevertQueueToken", "queue-service"))
                    .as("the failure at user-service, then the cancellation, then the compensation")
                    .containsExactly("payment-service", "concert-service", "user-service", "payment-service", "queue-service");
        });
    }

    /** Every span of the payment, found by the payment id its use cases tag: all of them in one trace. */
    private static List<RecordedSpan> traceOf(String paymentId) {
        List<String> traceIds = RecordedSpans.ALL.ofPayment(paymentId).stream().map(RecordedSpan::traceId).distinct().toList();
        assertThat(traceIds).as("traces of payment %s", paymentId).hasSize(1);
        return RecordedSpans.ALL.ofTrace(traceIds.get(0));
    }

    /** One root, the POST that started the payment; every other span's parent is in the trace; all four services in it. */
    private static void assertOneTreeUnderThePost(List<RecordedSpan> trace) {
        Map<String, RecordedSpan> byId = trace.stream().collect(Collectors.toMap(RecordedSpan::spanId, Function.identity(), (a, b) -> a));
        List<RecordedSpan> roots = trace.stream().filter(span -> span.parentId() == null).toList();
        assertThat(roots).hasSize(1);
        assertThat(roots.get(0).service()).isEqualTo("payment-service");
        assertThat(roots.get(0).kind()).isEqualTo("SERVER");
        assertThat(roots.get(0).name()).contains("post");
        assertThat(trace).filteredOn(span -> span.parentId() != null).allSatisfy(span -> assertThat(byId).containsKey(span.parentId()));
        assertThat(trace.stream().map(RecordedSpan::service).distinct()).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    /** The services on the path from the root to the span {@code name} of {@code service}, each consecutive one once. */
    private static List<String> servicesFromRoot(List<RecordedSpan> trace, String name, String service) {
        Map<String, RecordedSpan> byId = trace.stream().collect(Collectors.toMap(RecordedSpan::spanId, Function.identity(), (a, b) -> a));
        RecordedSpan span = trace.stream().filter(s -> s.name().equals(name) && s.service().equals(service)).findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        for (RecordedSpan at = span; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            if (path.isEmpty() || !path.get(0).equals(at.service())) {
                path.add(0, at.service());
            }
        }
        return path;
    }

    private List<String> timelineTraceIds(String paymentId) {
        List<String> ids = new ArrayList<>();
        Http.get(system.payment.baseUrl() + "/api/v1/payments/" + paymentId + "/timeline").body()
                .forEach(entry -> ids.add(entry.get("traceId").asString()));
        return ids;
    }

    private static List<String> names(List<RecordedSpan> trace) {
        return trace.stream().map(RecordedSpan::name).toList();
    }
}
