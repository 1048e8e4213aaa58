-- The W3C trace context (headers traceparent and tracestate) of the transaction that wrote the row, so the relay can
-- send the event on in the same trace. Null when nothing was traced.
ALTER TABLE outbox
    ADD COLUMN traceparent text,
    ADD COLUMN tracestate  text;
