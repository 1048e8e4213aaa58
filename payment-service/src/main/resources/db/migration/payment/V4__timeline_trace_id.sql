-- The trace each timeline entry was recorded in (DESIGN §4), so a person can open the saga's trace from its timeline.
-- Null for entries recorded before tracing, or while it was off.
ALTER TABLE payment_timeline ADD COLUMN trace_id text;
