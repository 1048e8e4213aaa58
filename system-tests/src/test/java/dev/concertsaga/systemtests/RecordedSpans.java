package dev.concertsaga.systemtests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;

/**
 * Every finished span of every service in this JVM, as Zipkin would receive it: each service's tracer reports here
 * as well as (when it is on) to its exporter.
 */
final class RecordedSpans extends SpanHandler {

    /** One finished span: which service, which trace, its parent, its name and kind. */
    record RecordedSpan(String service, String traceId, String spanId, String parentId, String name, String kind, String paymentId) {
    }

    static final RecordedSpans ALL = new RecordedSpans();

    private final List<RecordedSpan> spans = new CopyOnWriteArrayList<>();

    private RecordedSpans() {
    }

    @Override
    public boolean end(TraceContext context, MutableSpan span, Cause cause) {
        if (cause == Cause.FINISHED) {
            spans.add(new RecordedSpan(span.localServiceName(), span.traceId(), span.id(), span.parentId(), span.name(),
                    span.kind() == null ? null : span.kind().name(), span.tag("paymentId")));
        }
        return true;
    }

    List<RecordedSpan> ofTrace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    List<RecordedSpan> ofPayment(String paymentId) {
        return spans.stream().filter(span -> paymentId.equals(span.paymentId())).toList();
    }
}
