package dev.concertsaga.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.core.KafkaOperations;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries one trace across the outbox and Kafka (DESIGN §9): the context of the transaction that writes an outbox row
 * is stored with it, the relay's send is a span of that trace whose context travels as the {@code traceparent}
 * header, and each record's use case is a span continuing it. Spring Kafka's own observation does not reach into a
 * batch listener, so this is done here, once for every service.
 * <p>
 * While a record's use case runs, its span is current (so logs carry {@code traceId}) and MDC carries the
 * {@code paymentId} of its saga.
 */
public final class MessageTracing {

    /** The MDC key of the payment a log line belongs to. */
    public static final String PAYMENT_ID = "paymentId";

    private static final Propagator.Getter<TraceHeaders> FROM_STORED = TraceHeaders::get;
    private static final Propagator.Getter<ConsumerRecord<?, ?>> FROM_RECORD = MessageTracing::header;

    private static final Logger LOG = LoggerFactory.getLogger(MessageTracing.class);

    private final Tracer tracer;
    private final Propagator propagator;

    MessageTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Tracing that traces nothing: for a relay or outbox made by hand. */
    static MessageTracing off() {
        return new MessageTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /** The id of the trace the calling thread works in, or null if it is not traced. */
    public String currentTraceId() {
        TraceContext context = tracer.currentTraceContext().context();
        return context == null ? null : context.traceId();
    }

    /** The current trace context, to store with an outbox row; {@link TraceHeaders#NONE} if nothing is traced. */
    TraceHeaders current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return TraceHeaders.NONE;
        }
        String[] headers = new String[2];
        propagator.inject(context, headers, (carrier, key, value) -> {
            if (TraceHeaders.TRACEPARENT.equals(key)) {
                carrier[0] = value;
            } else if (TraceHeaders.TRACESTATE.equals(key)) {
                carrier[1] = value;
            }
        });
        return new TraceHeaders(headers[0], headers[1]);
    }

    /**
     * Sends {@code record} in the trace of its outbox row: a producer span from the send to the broker's
     * acknowledgement, whose context the record carries. A row written outside any trace is sent as it is.
     */
    CompletableFuture<?> send(OutboxRow row, ProducerRecord<Object, Object> record, KafkaOperations<Object, Object> kafka) {
        if (row.trace().traceparent() == null) {
            return kafka.send(record);
        }
        Span span = propagator.extract(row.trace(), FROM_STORED)
                .name("send " + row.eventType())
                .kind(Span.Kind.PRODUCER)
                .remoteServiceName("kafka")
                .tag("messaging.destination.name", row.topic())
                .tag("messaging.kafka.message.key", row.key())
                .start();
        propagator.inject(span.context(), record, (carrier, key, value) -> carrier.headers().remove(key).add(key, value.getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<?> sent = kafka.send(record);
        sent.whenComplete((result, error) -> {
            if (error != null) {
                span.error(error);
            }
            span.end();
        });
        return sent;
    }

    /**
     * Runs a record's use case as a consumer span named for it, continuing the trace of the record's
     * {@code traceparent} header (a new trace when it has none), with {@code paymentId} in MDC. Says so in one log
     * line, so that the lines of one payment, across the services, tell its saga.
     */
    void handle(ConsumerRecord<?, ?> record, String useCase, String eventType, UUID paymentId, Runnable effect) {
        Span span = propagator.extract(record, FROM_RECORD)
                .name(useCase)
                .kind(Span.Kind.CONSUMER)
                .remoteServiceName("kafka")
                .tag("messaging.destination.name", record.topic())
                .tag("messaging.kafka.destination.partition", Integer.toString(record.partition()))
                .tag("messaging.kafka.message.offset", Long.toString(record.offset()))
                .start();
        if (paymentId != null) {
            span.tag(PAYMENT_ID, paymentId.toString());
        }
        try (Tracer.SpanInScope scope = tracer.withSpan(span); MDC.MDCCloseable payment = paymentInMdc(paymentId)) {
            LOG.info("{} on {} from {}-{}@{}", useCase, eventType, record.topic(), record.partition(), record.offset());
            effect.run();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private static MDC.MDCCloseable paymentInMdc(UUID paymentId) {
        return paymentId == null ? null : MDC.putCloseable(PAYMENT_ID, paymentId.toString());
    }

    private static String header(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
