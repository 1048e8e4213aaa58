-- The cancelled payments are remembered by common-messaging now, in messaging.cancelled_payment, which the messaging
-- schema's own Flyway history creates before this history runs (MessagingSchemaInitializerDetector). Locked first, so
-- that an instance of the previous version cannot add a row between the copy and the drop: its insert waits and then
-- fails, and its consumer retries the event until an instance of this version handles it.
LOCK TABLE cancelled_payment;

INSERT INTO messaging.cancelled_payment (payment_id, cancelled_at)
SELECT payment_id, cancelled_at FROM cancelled_payment
ON CONFLICT (payment_id) DO NOTHING;

DROP TABLE cancelled_payment;
