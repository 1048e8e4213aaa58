package dev.concertsaga.messaging;

/**
 * A trace context as W3C Trace Context writes it: the {@code traceparent} header, and {@code tracestate} if there is
 * one. What the outbox stores with a row, and what the relay sends with it.
 */
record TraceHeaders(String traceparent, String tracestate) {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    static final TraceHeaders NONE = new TraceHeaders(null, null);

    String get(String header) {
        return switch (header) {
            case TRACEPARENT -> traceparent;
            case TRACESTATE -> tracestate;
            default -> null;
        };
    }
}
