-- concert-service's inbox consumers were named concert.<topic>; every service's are <spring.application.name>.<topic>
-- now (EventConsumers), so the ids applied under the old names move to the new ones: an event applied before the
-- upgrade and delivered again after it is still skipped. Copied, then deleted, so that a row an instance of this
-- version already wrote under the new name is kept as it is.
INSERT INTO messaging.inbox (consumer, event_id, processed_at)
SELECT 'concert-service.' || substr(consumer, length('concert.') + 1), event_id, processed_at
FROM messaging.inbox
WHERE consumer IN ('concert.payment-events', 'concert.queue-token-events')
ON CONFLICT (consumer, event_id) DO NOTHING;

DELETE FROM messaging.inbox WHERE consumer IN ('concert.payment-events', 'concert.queue-token-events');
