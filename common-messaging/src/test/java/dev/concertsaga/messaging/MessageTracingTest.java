package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import brave.Tracing;
import brave.context.slf4j.MDCScopeDecorator;
import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;

/** The trace context a row stores, and a record's use case as a span continuing the trace of its header. */
class MessageTracingTest {

    private final List<MutableSpan> finished = new CopyOnWriteArrayList<>();
    private final Tracing braveTracing = Tracing.newBuilder()
            .localServiceName("test-service")
            .traceId128Bit(true)
            .propagationFactory(new W3CPropagation())
            .currentTraceContext(ThreadLocalCurrentTraceContext.newBuilder().addScopeDecorator(MDCScopeDecorator.get()).build())
            .addSpanHandler(new SpanHandler() {
                @Override
                public boolean end(brave.propagation.TraceContext context, MutableSpan span, Cause cause) {
                    finished.add(span);
                    return true;
                }
            })
            .build();
    private final Tracer tracer = new BraveTracer(braveTracing.tracer(), new BraveCurrentTraceContext(braveTracing.currentTraceContext()));
    private final MessageTracing tracing = new MessageTracing(tracer, new BravePropagator(braveTracing));

    @AfterEach
    void closeTracing() {
        braveTracing.close();
    }

    @Test
    void stores_no_context_outside_a_trace() {
        assertThat(tracing.current()).isEqualTo(TraceHeaders.NONE);
        assertThat(tracing.currentTraceId()).isNull();
    }

    @Test
    void stores_the_current_span_as_a_w3c_traceparent() {
        Span request = tracer.nextSpan().name("http post").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            TraceHeaders stored = tracing.current();

            assertThat(stored.traceparent()).isEqualTo("00-" + request.context().traceId() + "-" + request.context().spanId() + "-01");
            assertThat(tracing.currentTraceId()).isEqualTo(request.context().traceId());
        } finally {
            request.end();
        }
    }

    @Test
    void runs_a_records_use_case_as_a_span_of_the_senders_trace_with_the_payment_in_mdc() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        UUID paymentId = UUID.randomUUID();
        AtomicReference<String> loggedTrace = new AtomicReference<>();
        AtomicReference<String> loggedPayment = new AtomicReference<>();

        tracing.handle(record("00-" + traceId + "-b7ad6b7169203331-01"), "ConfirmReservation", "PaymentRequested", paymentId, () -> {
            loggedTrace.set(MDC.get("traceId"));
            loggedPayment.set(MDC.get(MessageTracing.PAYMENT_ID));
        });

        assertThat(finished).singleElement().satisfies(span -> {
            assertThat(span.name()).isEqualTo("ConfirmReservation");
            assertThat(span.kind()).isEqualTo(brave.Span.Kind.CONSUMER);
            assertThat(span.traceId()).isEqualTo(traceId);
            assertThat(span.parentId()).isEqualTo("b7ad6b7169203331");
            assertThat(span.tag(MessageTracing.PAYMENT_ID)).isEqualTo(paymentId.toString());
            assertThat(span.tag("messaging.destination.name")).isEqualTo("payment-events");
        });
        assertThat(loggedTrace.get()).isEqualTo(traceId);
        assertThat(loggedPayment.get()).isEqualTo(paymentId.toString());
        assertThat(MDC.get(MessageTracing.PAYMENT_ID)).as("gone once the record is handled").isNull();
    }

    @Test
    void starts_a_trace_for_a_record_without_traceparent_and_marks_a_failed_use_case() {
        assertThatThrownBy(() -> tracing.handle(record(null), "RefundPoints", "PaymentCancelled", null, () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");

        assertThat(finished).singleElement().satisfies(span -> {
            assertThat(span.parentId()).isNull();
            assertThat(span.error()).hasMessage("database down");
        });
    }

    private static ConsumerRecord<String, String> record(String traceparent) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("payment-events", 2, 41L, "key", "value");
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
