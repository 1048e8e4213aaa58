-- The plumbing's own tables, in their own schema with their own Flyway history,
-- so a service's migrations and these never collide.

-- Events written in the business transaction, waiting for the relay. A row is
-- deleted once the broker has acknowledged it, so the table holds only the backlog.
CREATE TABLE outbox (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    event_id    uuid        NOT NULL UNIQUE,
    event_type  text        NOT NULL,
    payload     json        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- A relay instance that is publishing this row, and until when; an expired lease is anyone's.
    lease_owner uuid,
    lease_until timestamptz
);

-- Serves the relay's "is this the oldest row of its key" test and its per-key claim.
CREATE INDEX outbox_key_order ON outbox (topic, message_key, id);

-- Events a consumer has applied, recorded in the same transaction as the effect.
CREATE TABLE inbox (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX inbox_processed_at ON inbox (processed_at);
