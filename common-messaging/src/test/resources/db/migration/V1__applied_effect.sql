-- The test application's business table: one row each time its handler applies an event.
-- Deliberately without a unique constraint, so only the inbox stands between a repeat and a second row.
CREATE TABLE applied_effect (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id   uuid   NOT NULL,
    user_id    bigint NOT NULL,
    amount     bigint NOT NULL,
    background boolean NOT NULL
);
